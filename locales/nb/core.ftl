# The core's messages: diagnostics, file errors, the rendered agreement's words, names of kinds and statuses.

## finding

finding = Plassholderen {"{"}{"{"}{ $name }{"}"}{"}"} er ikke fylt ut. Skriv inn { $label }.
finding-2 = Plassholderen {"{"}{"{"}{ $name }{"}"}{"}"} er ikke fylt ut. Erstatt den med riktig tekst.
finding-task-without-responsible = Oppgaven «{ $task }» har ingen ansvarlig part. Velg én part som har ansvaret for den.
finding-unknown-party = Parten «{ $id }» finnes ikke blant avtalens parter. Legg den til under Parter, eller velg en part som finnes.
finding-meeting-without-cadence = Møtearenaen «{ $body }» har ingen møtehyppighet. Angi hvor ofte den møtes, for eksempel to ganger i året, eller «ved behov» med hva som utløser et møte.
finding-meeting-without-chair = Møtearenaen «{ $body }» har ingen møteleder. Velg hvilken part som leder møtene, eller at partene bytter på.
finding-period-ends-before-start = Avtaleperioden slutter før den begynner. Rett opp start- eller sluttdatoen.
finding-outside-parent-period = Perioden går utenfor perioden til hovedavtalen «{ $parent }». En underavtale kan ikke gjelde lenger enn avtalen den hører under; juster datoene.
finding-party-without-signatory = { $party } har ingen som skal signere. Legg inn navn og tittel på lederen som signerer for parten.
finding-evaluation-outside-period = Datoen for neste evaluering ligger utenfor avtaleperioden. Legg evalueringen før avtalen utløper, så resultatet kan brukes når avtalen fornyes.
finding-sharing-without-consent = Partene skal dele opplysninger om enkeltpersoner, men avtalen beskriver ikke samtykke. Beskriv hvem som gir samtykke, i hvilken form, hva det omfatter og hvordan det trekkes tilbake.
finding-too-few-parties = En samarbeidsavtale må ha minst to parter. Legg dem til under Parter.
finding-no-parent = Denne avtalen hører under en hovedavtale, men den er ikke oppgitt. Oppgi hovedavtalen, så datoene kan kontrolleres mot den.
finding-agreement-too-long = Avtalen har { $words } ord. Korte, konkrete avtaler er de som blir brukt; vurder å korte ned til under { $limit } ord, eller flytte detaljer til underavtaler eller vedlegg.
finding-section-too-long = Punktet har { $words } ord. Skriv kortere og mer konkret (under { $limit } ord): hvem gjør hva, og når.
finding-undefined-abbreviation = Forkortelsen «{ $abbreviation }» er ikke forklart i begrepslisten. Partene bruker ulike fagord; legg til en definisjon så alle forstår den likt.
finding-term-defined-twice = Begrepet «{ $term }» er definert to ganger i begrepslisten. Slå sammen definisjonene til én.
finding-term-defined-twice-2 = «{ $term }» og «{ $first }» i begrepslisten er samme begrep. Slå sammen definisjonene til én, og bruk én skrivemåte i hele avtalen.
finding-no-evaluation = Avtalen sier ikke når den skal evalueres. Legg til et punkt om evaluering og revisjon med hyppighet eller dato, så avtalen holdes levende.
finding-meeting-without-members = Møtearenaen «{ $body }» har ingen deltakere. Angi hvilke roller fra hver part som møter.
finding-missing-meeting-level = Avtalen har ingen strategisk møtearena for ledere. Samarbeid må forankres i ledelsen; legg til en styrings- eller samarbeidsgruppe som møtes 1–4 ganger i året.
finding-missing-meeting-level-2 = Avtalen har ingen operativ møtearena for dem som jobber med sakene. Legg til faste møter på saksbehandlernivå, for eksempel hver 4.–6. uke.
finding-too-many-meetings = «{ $body }» møtes { $per_year } ganger i året. For mange møter er en kjent grunn til at samarbeid stopper opp; vurder å møtes sjeldnere (høyst { $limit } ganger i året på dette nivået).
finding-contact-without-deputy = Kontaktpersonen { $name } har ingen stedfortreder. Legg inn en stedfortreder, så samarbeidet ikke stopper ved sykdom eller jobbskifte.
finding-goal-not-measurable = Målet «{ $goal }» mangler indikator eller frist. Skriv hva som skal måles og når målet skal være nådd.
finding-goal-not-followable = Målet «{ $goal }» har en målverdi, men verken utgangspunkt eller kilde. Skriv hvor indikatoren står i dag og hvor tallene hentes fra, så framgangen kan følges opp.
finding-goal-not-followable-2 = Målet «{ $goal }» har en målverdi, men ikke noe utgangspunkt. Skriv hvor indikatoren står i dag, så framgangen kan måles mot det.
finding-goal-not-followable-3 = Målet «{ $goal }» har en målverdi, men ingen kilde. Skriv hvor tallene hentes fra, så de kan hentes på samme måte hver gang.
finding-mandate-incomplete = Mandatet for «{ $group }» sier ikke alt det bør: hva gruppen kan bestemme, hvem den rapporterer til og hvem som leder den. Fyll inn det som mangler.
finding-period-too-long = Avtaleperioden er { $how_long }. Avtalene i studiene gjelder 1–4 år med fornyelse; vurder en kortere periode med avtalt fornyelse.
finding-period-too-long-2 = Avtalen har ingen sluttdato. Sett en sluttdato (vanligvis 1–4 år fram) og avtal hvordan den fornyes.
finding-empty-section = Punktet er tomt. Skriv innholdet, eller slett punktet.
finding-target-group-undefined = Målgruppen «{ $group }» er ikke definert. Partene definerer ofte målgrupper ulikt; skriv hvem som hører til, med alder og kriterier.
finding-boundary-without-lead = Grenseflaten «{ $area }» har ingen part med hovedansvar. Uklare grenseflater er den vanligste kilden til konflikt; velg hvilken part som har hovedansvaret.
finding-consent-incomplete = Samtykkerutinen er ufullstendig. Beskriv hvem som gir samtykke, hva det omfatter og hvordan det trekkes tilbake.
finding-renewal-without-notice = Avtalen fornyes automatisk, men har ingen oppsigelsesfrist. Angi hvor mange måneders varsel en part må gi for å si den opp.
finding-no-signatures = Avtalen har ikke noe punkt for underskrifter. Legg til underskriftspunktet, så lederne for partene kan signere.
finding-party-does-not-sign = { $party } er ikke med i underskriftene. Alle parter bør signere avtalen.
finding-date-outside-period = Datoen for «{ $what }» ligger utenfor avtaleperioden. Flytt datoen inn i perioden, eller juster perioden.
finding-undefined-jargon = Fagordet «{ $term }» er ikke forklart i begrepslisten. Den andre parten kjenner det kanskje ikke; legg til en definisjon, eller skriv med vanlige ord hva det betyr.
finding-target-group-named-differently = Målgruppen kalles «{ $first }» i «{ $first_section }», men «{ $second }» i «{ $second_section }». Bruk samme navn overalt, så begge parter vet at det er de samme menneskene.
finding-very-long-sentence = Setningen som begynner «{ $start } …», har { $words } ord. Del den opp i setninger på under { $limit } ord, så den blir lettere å lese.
finding-parent-mismatch = Filen «{ $file }» er ikke hovedavtalen denne avtalen hører under, men «{ $title }». Knytt avtalen til riktig fil i «Avtalefamilien».
finding-party-not-in-parent = { $party } er ikke part i hovedavtalen «{ $parent }». En underavtale skal holde seg innenfor hovedavtalen: skriv partens navn som i hovedavtalen, eller marker den som tilleggspart.
finding-area-not-in-parent = Området «{ $area }» er ikke blant samarbeidsområdene i hovedavtalen «{ $parent }» ({ $areas }). Velg et av dem, eller legg området til i hovedavtalen først.
finding-no-area = Avtalen sier ikke hvilket samarbeidsområde i hovedavtalen «{ $parent }» den hører til ({ $areas }).
finding-parent-unreadable = Hovedavtalen «{ $file }» kunne ikke leses, så avtalen er ikke sjekket mot den: { $reason }
finding-broken-reference = «{ $written }» viser til noe avtalen ikke har fylt ut ennå, så det skrives ut som det står. Fyll ut det den viser til, eller bytt den ut.
finding-broken-reference-2 = «{ $written }» er ingen henvisning Avtale kjenner, så det skrives ut som det står. Sett inn henvisningen fra menyen «Sett inn», eller skriv teksten uten hakeparenteser.
finding-date-in-text-outside-period = Teksten sier «{ $words }», som er etter avtaleperioden. Er den skrevet for en annen periode? Bruk en henvisning til perioden, så følger datoen avtalen.
finding-date-in-text-outside-period-2 = Teksten har fristen «{ $words }», som er før avtaleperioden starter. Er den skrevet for en annen periode? Bruk en henvisning til perioden, så følger datoen avtalen.
finding-cadence-in-text-differs = Teksten sier «{ $words }» om { $body }, men møtet er satt til { $cadence }. Bruk en henvisning til møtets hyppighet, så sier teksten alltid det samme som møteoversikten.
finding-name-in-text-not-a-party = Teksten nevner «{ $words }», som ikke er en av partene. Bruk en henvisning til parten, så følger navnet partsoversikten.
finding-name-in-text-not-a-party-2 = Teksten nevner «{ $words }», men ingen som signerer avtalen, har den tittelen. Bruk en henvisning til tittelen, så følger teksten den som signerer.
finding-outdated-wording = «{ $words }» er utdatert. { $note } Skriv «{ $current }».
finding-region-unclear = Møtearenaen «{ $body }» har en region uten navn. Skriv navnet på regionen, eller fjern linjen.
finding-region-unclear-2 = Møtearenaen «{ $body }» har regionen «{ $region }» to ganger. Hver region holder sine egne møter; fjern den ene.
finding-region-not-covered = Avtalen når regionen «{ $region }», men ingen møtearena holdes der, og ingen tiltak eller kontaktperson er knyttet til den. Legg regionen til en møtearena, et tiltak eller en kontaktperson, eller fjern den fra regionene.
finding-considered-not-found = En advarsel ({ $code }) er markert som vurdert («{ $reason }»), men finnes ikke lenger. Fjern markeringen, eller se om advarselen nå gjelder noe annet.
finding-3 = En tom rad i begrepslisten skrives ikke ut. Fyll inn begrep og definisjon, eller fjern raden.
finding-4 = Begrep mangler: en definisjon uten begrep skrives ikke ut. Fyll inn begrepet, eller fjern raden.
finding-5 = Definisjon mangler: begrepet «{ $term }» skrives ikke ut uten definisjon. Fyll inn definisjonen, eller fjern raden.
finding-glossary-not-shown = Begrepslisten har { $terms } { $terms ->
        [one] begrep
       *[other] begreper
    }, men ingen punkt viser den. Den skrives ut som et eget, unummerert punkt foran underskriftene. Legg til et punkt for begreper, eller fjern begrepene under «Begreper» hvis de ikke skal være med.

## considered_because

considered-because = vurdert: «{ $reason }»

## considered_count

considered-count = { $n } vurdert

## load_problem

load-problem-not-found = Filen finnes ikke.
load-problem-is-directory = Dette er en mappe, ikke en fil. Velg en avtalefil (*.avtale.yaml).
load-problem-unreadable = Filen kan ikke leses ({ $detail }).
load-problem-too-large = Filen er for stor ({ $size } MiB). Avtale leser filer på opptil { $limit } MiB.
load-problem = Filen er ikke gyldig UTF-8-tekst. Lagre den som UTF-8, eller åpne riktig fil.
load-problem-empty = Filen er tom.
load-problem-no-format-version = Filen starter ikke med formatversjon («format: 1»). Er dette en avtalefil fra Avtale?
load-problem-newer-format = Filen er laget med en nyere versjon av Avtale (format { $found }); denne versjonen leser format { $supported }. Oppdater Avtale for å åpne den. Filen er ikke endret.
load-problem-duplicate-section-id = To punkter har samme id «{ $id }». Hvert punkt må ha sin egen id.
load-problem-duplicate-party-id = To parter har samme id «{ $id }». Hver part må ha sin egen id.
load-problem-bad-id = Ugyldig id «{ $id }». En id kan bare ha bokstaver, sifre, bindestrek, understrek og punktum.
load-problem-several-clause-kinds = Et punkt kan bare ha én type strukturert innhold, men dette har { $list }. Del det i flere punkter.
load-problem-2 = nynorsk
load-problem-3 = bokmål
load-problem-4 = Malen mangler tittel, veiledning eller spørsmål på { $name }.
load-problem-unknown-check = Ukjent kontrollkode «{ $code }».
load-problem-undeclared-parameter = Plassholderen {"{"}{"{"}{ $name }{"}"}{"}"} er ikke deklarert som parameter i malen.
load-problem-template-data = Dataene i malen passer ikke til typen ({ $detail }).
load-problem-unknown-template = Ukjent mal «{ $id }».
load-problem-duplicate-term-id = Begrepsbanken har to begreper med id «{ $id }».
load-problem-duplicate-term = «{ $term }» står under to begreper i begrepsbanken.
load-problem-incomplete-term = Begrepet «{ $id }» i begrepsbanken mangler begrep, definisjon eller kilde på bokmål eller nynorsk.

## yaml_problem

yaml-problem-unknown-field = Ukjent felt «{ $field }». Gyldige felt her: { $list }.
yaml-problem-missing-field = Feltet «{ $field }» mangler.
yaml-problem-unknown-value = Ukjent verdi «{ $value }». Gyldige verdier: { $list }.
yaml-problem-wrong-type = Feil type: her skal det stå { $expected }.
yaml-problem-wrong-type-2 = Feil type: fant { $found }, ventet { $expected }.
yaml-problem-bad-time = Ugyldig tidspunkt «{ $text }». Skriv det som 2026-03-01T10:15:00+01:00.
yaml-problem-duplicate-key = Feltet «{ $key }» står to ganger.
yaml-problem-too-complex = Filen er for kompleks til å leses trygt (for mange nivåer inni hverandre, for mange elementer eller for mange alias). Er den laget av Avtale?
yaml-problem-other = Feil i YAML: { $message }.

## type_name

type-name = teksten { $rest }
type-name-2 = tallet { $rest }
type-name-3 = sannhetsverdien { $rest }
type-name-4 = et heltall
type-name-5 = et tall
type-name-6 = tekst
type-name-7 = en liste
type-name-8 = true eller false
type-name-9 = felt
type-name-10 = ingen verdi
type-name-11 = felt
type-name-12 = en av de gyldige verdiene
type-name-13 = en liste

## save_failed

save-failed = Kunne ikke lagre ({ $detail }). Den forrige versjonen av filen er beholdt.

## restored_revision

restored-revision = Hentet fram revisjon { $n }

## export_over_agreement

export-over-agreement = Ikke lagret: filen du valgte er selve avtalefilen. Velg et annet filnavn for eksporten.

## no_open_agreement

no-open-agreement = Ingen avtale er åpen.

## history_would_be_lost

history-would-be-lost = Ikke lagret: filen på disken har { $on_disk } revisjoner, og { $lost } av dem mangler i avtalen du har åpen (lagret fra et annet vindu, redigert for hånd eller en eldre kopi). Å lagre nå ville fjerne dem. Filen er uendret; bruk «Lagre som» for å lagre din versjon i en ny fil.

## disk_full

disk-full = Kunne ikke lagre: disken er full. Den forrige versjonen av filen er beholdt. Frigjør plass, eller lagre et annet sted med «Lagre som».

## file_locked

file-locked = Filen er åpen for redigering i et annet vindu eller program. Lukk den der først, så ingen skriver over den andres endringer.
file-locked-by = Filen er åpen for redigering i et annet vindu eller program (prosess { $pid }). Lukk den der først, så ingen skriver over den andres endringer.

## lock_failed

lock-failed = Kunne ikke låse filen for redigering ({ $detail }).

## cadence

cadence-per-year = én gang i året
cadence-per-year-2 = { $n } ganger i året
cadence-per-month = én gang i måneden
cadence-per-month-2 = { $n } ganger i måneden
cadence-per-week = én gang i uken
cadence-per-week-2 = { $n } ganger i uken
cadence-every-weeks = hver uke
cadence-every-weeks-2 = annenhver uke
cadence-every-weeks-3 = hver { $n }. uke
cadence-months = i måneder som ikke er valgt
cadence = i { $list }
cadence-as-needed = ved behov
cadence-as-needed-2 = ved behov: { $trigger }

## in_each_region

in-each-region = i hver region

## join_list

join-list = og

## kind

kind-hovedavtale = Hovedavtale
kind-underavtale = Underavtale
kind-handlingsplan = Handlingsplan
kind-partnerskapsavtale = Partnerskapsavtale

## status

status-utkast = Utkast
status-til-godkjenning = Til godkjenning
status-godkjent = Godkjent
status-signert = Signert
status-gjeldende = Gjeldende
status-utlopt = Utløpt

## party_kind

party-kind-nav-fylke = Nav fylke
party-kind-nav-kontor = Nav-kontor
party-kind-fylkeskommune = Fylkeskommune
party-kind-skole = Skole
party-kind-kommune = Kommune
party-kind-ks = KS
party-kind-annen = Annen

## level

level-strategisk = Strategisk
level-operativ = Operativ

## category

category-eget = Eget punkt
category-grunnlag = Grunnlag
category-malgruppe-og-mal = Målgruppe og mål
category-ansvar = Ansvar
category-samarbeid = Samarbeid
category-informasjon = Informasjon
category-okonomi = Økonomi
category-oppfolging = Oppfølging
category-avslutning = Avslutning

## renewal

renewal = Avtalen fornyes automatisk med { $years } år om gangen hvis ingen part sier den opp.
renewal-2 = Avtalen fornyes automatisk hvis ingen part sier den opp.
renewal-3 = Avtalen fornyes bare etter ny avtale mellom partene.

## chain_error

chain-error-out-of-order = Historikken er endret: revisjon { $n } står der revisjon { $expected } skulle vært. En revisjon er fjernet eller flyttet.
chain-error-wrong-parent = Historikken er endret: revisjon { $n } viser ikke til revisjonen før den. En revisjon er fjernet, flyttet eller byttet ut.
chain-error-edited = Historikken er endret: innholdet i revisjon { $n } er endret etter at den ble lagret.
chain-error-missing-section = Historikken er skadet: et punkt i revisjon { $n } mangler i filen ({ $key }).
chain-error-unknown-scheme = Revisjon { $n } er lagret med en nyere versjon av Avtale (kontrollsum etter metode { $scheme }), og kan ikke kontrolleres med denne. Oppdater Avtale.

## workflow_error

workflow-error-transition = Statusen kan ikke gå fra «{ $from }» til «{ $to }». Rekkefølgen er utkast, til godkjenning, godkjent, signert, gjeldende, utløpt; en avtale kan alltid gå tilbake til utkast.
workflow-error-no-such-revision = Det finnes ingen revisjon { $n }.
workflow-error-nothing-to-commit = Ingenting er endret siden forrige revisjon. Gi en ny status eller et navn for å lagre en revisjon likevel.
workflow-error-not-committed = Avtalen har ingen revisjon ennå. Lagre en revisjon først, så kan fornyelsen sammenlignes med den.
workflow-error-uncommitted-changes = Avtalen har endringer som ikke er lagret som revisjon. Lagre dem som en revisjon eller forkast dem før du fornyer.
workflow-error-open-ended = Avtalen har ingen sluttdato, så det finnes ingen ny periode å fornye til. Sett en sluttdato under «Periode».
workflow-error-reason-without-text = Grunnen «annet» trenger en forklaring: skriv hva grunnen er.
workflow-error-register-status = En avtale kan bare registreres som signert eller gjeldende.
workflow-error-signed-before = Avtalen er signert i Avtale før, og kan ikke registreres som signert i ett steg. Statusen går ett steg om gangen: utkast, til godkjenning, godkjent, signert.
workflow-error-no-signatures = Avtalen har ikke noe punkt med underskrifter å føre signeringen inn i. Legg til punktet «Underskrifter» først.
workflow-error-signing-missing = Oppgi dato og sted for når { $party } signerte.
workflow-error-does-not-sign = «{ $party }» er ikke blant partene som signerer avtalen.
workflow-error-open-errors = Avtalen kan ikke få statusen «{ $to }»: kontrollen finner { $n } feil. Rett feilene først, eller godta dem med en begrunnelse som lagres i revisjonen.

## reason_kind

reason-kind-evaluering = Evaluering
reason-kind-omorganisering = Omorganisering
reason-kind-nye-regler = Ny lov eller nye regler
reason-kind-periodens-slutt = Perioden er slutt
reason-kind-annet = Annet

## revision_notes

revision-notes = Grunn

## registered_revision

registered-revision = Registrert som { $to }: avtalen ble signert før den kom inn i Avtale

## registered_note

registered-note = Registrert, ikke ført gjennom godkjenningen i Avtale

## signed_syntax

signed-syntax = «{ $text }»: skriv --signed PART=DATO,STED, for eksempel --signed nav=2021-03-01,Bergen

## accept_errors_hint

accept-errors-hint = Rett feilene (avtale check), eller godta dem med --accept-errors "BEGRUNNELSE".

## print_refused_hint

print-refused-hint = Rett feilene og lagre en ny revisjon, eller godta dem: avtale commit FIL --name NAVN --accept-errors "BEGRUNNELSE". Utkast: --draft.
print-refused-hint-2 = Skriv ut et utkast med --draft, eller rett feilene (avtale check).

## renewed_revision

renewed-revision = Fornyet for perioden { $from } til { $to }

## bad_date

bad-date = Ugyldig dato «{ $text }». Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-01.

## move_error

move-error-ends-before-start = Perioden { $from } til { $to } slutter før den begynner. Sluttdatoen må være etter startdatoen.
move-error-frozen = Avtalen har status «{ $s }», og teksten i en signert avtale endres ikke. Forny avtalen for å starte neste periode, eller lagre en revisjon med status utkast før du flytter perioden.

## step_words

step-words-months = 1 måned
step-words = { $n } måneder
step-words-days = 1 dag
step-words-days-2 = { $n } dager
step-words-2 = tilbake
step-words-3 = fram
step-words-years = { $years } år

## dates_moved

dates-moved = Datoene er flyttet { $by }.

## nothing_moved

nothing-moved = Perioden er den samme som før. Ingen datoer er flyttet.

## after_period_end

after-period-end = etter periodens slutt

## new_draft_after_signing

new-draft-after-signing = Avtalen var signert. Endringene er lagret som et nytt utkast; den signerte versjonen ligger uendret i historikken.

## latest_revision

latest-revision = Nyeste revisjon: { $number } ({ $short }), kontrollsum { $full }

## printed_revision_found

printed-revision-found = PDF-en viser revisjon { $number } ({ $short }), og den revisjonen finnes uendret i historikken til filen.

## printed_revision_none

printed-revision-none = PDF-en viser ingen lagret revisjon: den er skrevet ut fra endringer som ikke var lagret som revisjon, eller den er ikke laget med Avtale.

## printed_other_agreement

printed-other-agreement = PDF-en gjelder en annen avtale enn filen (avtalene har ulik identitet).

## printed_revision_different

printed-revision-different = Revisjon { $number } i filen ({ $here }) er ikke den samme som revisjon { $number } i PDF-en ({ $printed }). PDF-en er laget fra en annen kopi av avtalen.

## printed_revision_missing

printed-revision-missing = PDF-en viser revisjon { $number }, men filen har bare revisjoner til og med { $latest }. Filen er satt tilbake til en eldre revisjon, eller PDF-en er laget fra en nyere kopi.
printed-revision-missing-2 = PDF-en viser revisjon { $number }, men filen har ingen lagrede revisjoner.

## pdf_not_a_pdf

pdf-not-a-pdf = Filen er ikke en PDF.

## pdf_no_metadata

pdf-no-metadata = Kunne ikke lese metadata i PDF-en, så det går ikke å se hvilken revisjon den viser.

## pdf_claims_several

pdf-claims-several = Metadataene i PDF-en viser til mer enn én revisjon; PDF-en er endret etter at den ble laget.

## no_revisions

no-revisions = Avtalen har ingen lagrede revisjoner ennå. Lagre den første med «avtale commit».

## revision_saved

revision-saved = Revisjon { $number } er lagret.

## alternating

alternating = på omgang mellom

## diff_summary

diff-summary = Ingen endringer.
diff-summary-changed = { $n } { $n ->
        [one] punkt endret
       *[other] punkter endret
    }
diff-summary-moved = { $n } flyttet
diff-summary-renamed = { $n } fått ny overskrift
diff-summary-added = { $n } { $n ->
        [one] nytt
       *[other] nye
    }
diff-summary-removed = { $n } fjernet
diff-summary-other = { $n } { $n ->
        [one] annen endring (detaljer, parter, begreper)
       *[other] andre endringer (detaljer, parter, begreper)
    }

## diff_title

diff-title = Endringer

## diff_new

diff-new = ny

## diff_gone

diff-gone = fjernet

## diff_section_added

diff-section-added = nytt punkt

## diff_section_removed

diff-section-removed = fjernet

## diff_section_moved

diff-section-moved = flyttet fra { $from } til { $to }

## diff_section_renamed

diff-section-renamed = het før «{ $old }»

## diff_section_changed

diff-section-changed = endret

## not_same_agreement

not-same-agreement = Filene er ikke versjoner av den samme avtalen (de har ulik avtale-id). Sammenlign to revisjoner av én fil, eller to filer laget fra samme avtale.

## diff_before

diff-before = Før

## diff_after

diff-after = Etter

## pdf_subject

pdf-subject = Samarbeidsavtale ({ $kind }) mellom { $parties }, { $period }

## matrix_title

matrix-title = Hvem gjør hva

## matrix_legend

matrix-legend = ● har ansvaret, ○ deltar (eier rollen eller bidrar).

## pdf_short_title

pdf-short-title = Kortversjon: { $title }

## pdf_short_note

pdf-short-note = Hvem gjør hva etter avtalen: roller og oppgaver, møtearenaer og kontaktpersoner. Den fullstendige avtalen gjelder foran denne oversikten.

## pdf_redline_title

pdf-redline-title = Endringer i { $title }

## pdf_redline_versions

pdf-redline-versions = Fra { $from } til { $to }

## pdf_redline_legend

pdf-redline-legend = Gjennomstreket tekst er tatt ut.
pdf-redline-legend-2 = Understreket tekst er lagt til.
pdf-redline-legend-3 = Flyttede punkter er merket med en strek i margen.

## pdf_redline_overview

pdf-redline-overview = Dette er endret

## pdf_version

pdf-version = revisjon { $n } av { $file }

## pdf_needs_output

pdf-needs-output = Oppgi filen PDF-en skal skrives til, med -o FIL.pdf.

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

pdf-after-revision = Endret etter revisjon { $number } – ikke lagret som revisjon

## pdf_contents

pdf-contents = Innhold

## pdf_failed

pdf-failed = Kunne ikke lage PDF. Dette er en feil i Avtale; meld den gjerne fra, med filen.

## word_file_problem

word-file-problem = { $file }: { $reason }

## word_not_docx

word-not-docx = Filen er ikke et Word-dokument (.docx).

## word_encrypted

word-encrypted = Dokumentet er passordbeskyttet. Åpne det i Word, fjern passordet (Fil › Info › Beskytt dokument) og lagre det på nytt.

## word_old_format

word-old-format = Dokumentet er i det gamle Word-formatet (.doc). Åpne det i Word og lagre det som Word-dokument (.docx).

## word_too_large

word-too-large = Dokumentet blir større enn { $limit_mib } MiB når det pakkes ut, og leses ikke.

## word_unreadable

word-unreadable = Dokumentet er skadet og kan ikke leses. Åpne det i Word og lagre det på nytt.

## word_failed

word-failed = Kunne ikke lage Word-dokumentet. Dette er en feil i Avtale; meld den gjerne fra, med filen.

## import_preamble_title

import-preamble-title = Innledning

## import_default_title

import-default-title = Samarbeidsavtale

## import_report_heading

import-report-heading = { $file }: { $sections } punkter hentet inn.

## import_report_section

import-report-section = { $title } (mal: { $template })
import-report-section-2 = { $title } (ingen mal)

## import_no_template

import-no-template = Ingen mal

## import_parties

import-parties = Fant ikke partene i teksten: fyll dem inn under Detaljer.
import-parties-2 = Parter funnet i teksten: { $names }.

## import_period

import-period = Avtaleperiode funnet i teksten: { $period }.
import-period-2 = Fant ikke avtaleperioden i teksten: fyll den inn under Detaljer.

## import_left_out_heading

import-left-out-heading = Utelatt eller endret form:

## import_left_out

import-left-out = Bilde
import-left-out-2 = Tegning eller figur
import-left-out-3 = Tekstboks
import-left-out-4 = Felt (innholdsfortegnelse, sidetall, dato eller kryssreferanse)
import-left-out-5 = Fotnote
import-left-out-6 = Topptekst
import-left-out-7 = Bunntekst
import-left-out-8 = Symbol
import-left-out-9 = Kommentar
import-left-out-10 = Sporede endringer tatt inn slik de står (innsettinger beholdt, slettinger fjernet)
import-left-out-11 = Numre fjernet fra overskriftene (Avtale nummererer punktene selv)
import-left-out-12 = Tabell med sammenslåtte eller nestede celler gjort om til en enkel tabell

## import_written

import-written = Skrev { $file }.

## pdf_place_and_date

pdf-place-and-date = Sted og dato

## pdf_signed_not_draft

pdf-signed-not-draft = Avtalen er signert og kan ikke skrives ut som utkast.

## pdf_missing_glyphs

pdf-missing-glyphs = Kunne ikke lage PDF: skrifttypen i Avtale har ikke tegnene { $list }, og et arkivdokument (PDF/A) kan ikke mangle tegn. Skriv teksten med andre tegn, eller fjern dem.

## action_plan_missing

action-plan-missing = Handlingsplanen for { $year } mangler: hovedavtalen gjelder i { $year }, men ingen handlingsplan i avtalefamilien dekker året. Lag en handlingsplan for { $year } og koble den til hovedavtalen.

## period_length

period-length = og
period-length-2 = drøyt
period-length-years = { $years } år
period-length-months = { $months } { $months ->
        [one] måned
       *[other] måneder
    }

## in_days

in-days = i dag
in-days-2 = i morgen
in-days-3 = om { $n } dager

## reminder_period_ends

reminder-period-ends = Avtalen utløper { $when } ({ $date }).

## reminder_evaluation

reminder-evaluation = Avtalen skal evalueres { $when } ({ $date }).

## reminder_notice_deadline

reminder-notice-deadline = Fristen for å si opp avtalen eller stanse fornyelsen går ut { $when } ({ $date }).

## calendar_error

calendar-error-period-ends-before-start = Kan ikke lage møtekalender: avtaleperioden slutter før den begynner. Rett opp start- eller sluttdatoen.
calendar-error-period-too-long = Kan ikke lage møtekalender for en avtaleperiode på mer enn { $max_years } år. Rett opp sluttdatoen.

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

meeting-break-summer = Sommerferie
meeting-break-christmas = Juleferie
meeting-break-easter = Påskeuken

## reference_label

reference-label-county = Fylket
reference-label-period = Avtaleperioden
reference-label = Periodens første dag
reference-label-2 = Periodens siste dag
reference-label-period-date = Slutten av første halvår
reference-label-period-date-2 = Ett år før periodens slutt
reference-label-period-date-3 = Et halvt år før periodens slutt
reference-label-period-length = Hvor lenge avtalen gjelder
reference-label-first-year = Året perioden starter
reference-label-last-year = Året perioden slutter
reference-label-cadence = Hvor ofte { $body } møtes
reference-label-chair = Hvem som leder { $body }
reference-label-next-evaluation = Datoen for neste evaluering
reference-label-party = Navnet på parten «{ $party }»
reference-label-signatory = Hvem som signerer for { $party }
reference-label-title = Tittelen til den som signerer for { $party }

## reference_unknown

reference-unknown-next-evaluation = Ukjent henvisning

## reference_group

reference-group-period = Perioden
reference-group-parties = Partene
reference-group-meetings = Møtene

## recent_gone

recent-gone = Filen finnes ikke lenger (flyttet, omdøpt eller slettet).

## merge_source_revision

merge-source-revision = revisjon { $n }

## merge_source_revisions

merge-source-revisions = revisjon { $old } til { $new }

## merge_source_file

merge-source-file = filen { $name } (fra revisjon { $n })
merge-source-file-2 = filen { $name }

## merge_source_word

merge-source-word = Word-filen { $name } (fra revisjon { $revision })

## merged_revision

merged-revision = Godtatt endringer fra { $source }

## merge_error

merge-error-no-such-change = Endringen finnes ikke lenger. Sammenlign på nytt.
merge-error-conflict = Utkastet ditt har endret den samme teksten. Velg «Behold min» eller «Ta deres».
merge-error-no-place = Punktet endringen hører til, finnes ikke lenger i utkastet.
merge-error-does-not-fit = Endringen passer ikke med resten av punktet i utkastet. Godta de andre endringene i punktet først.

## word_edited_no_stamp

word-edited-no-stamp = { $file }: Dokumentet ble ikke eksportert fra Avtale (det mangler avtalens id og revisjon i dokumentegenskapene), så det kan ikke sammenlignes med en revisjon. Bruk «Importer fra Word» for å lese det inn som en ny avtale.

## word_edited_other_agreement

word-edited-other-agreement = { $file }: Dokumentet er eksportert fra en annen avtale (id «{ $theirs }»), ikke fra denne (id «{ $ours }»).

## word_edited_no_revision

word-edited-no-revision = { $file }: Dokumentet ble eksportert fra et utkast som ikke var lagret som revisjon. Oppgi revisjonen det bygger på: FIL@N.

## word_edited_unknown_revision

word-edited-unknown-revision = { $file }: Dokumentet er eksportert fra revisjon { $n }, som ikke finnes i avtalens historikk.

## word_edited_hash_mismatch

word-edited-hash-mismatch = { $file }: Dokumentet sier at det er revisjon { $n }, men innholdet stemmer ikke med revisjon { $n } i historikken (en annen kopi av avtalen?). Oppgi revisjonen selv: FIL@N.

## word_edited_author_line

word-edited-author-line = satt inn
word-edited-author-line-2 = slettet
word-edited-author-line-3 = Sporet endring av { $author }: { $parts }

## word_edited_comment_line

word-edited-comment-line = Kommentar fra { $author }{ $on }: { $text }

## word_edited_unplaced_line

word-edited-unplaced-line = fjernet
word-edited-unplaced-line-2 = lagt til
word-edited-unplaced-line-3 = Kunne ikke føres tilbake i avtalen, før det inn for hånd: { $what }

## word_edited_outside

word-edited-outside = Utenfor punktene (tittel og forside)

## word_edited_notes_only

word-edited-notes-only = kommentarer

## considered_in_print

considered-in-print = Vurdert: { $n } { $n ->
        [one] advarsel
       *[other] advarsler
    } gjelder ikke eller er vurdert av partene: { $list }

## accepted_errors

accepted-errors = Kontroll: { $n } feil ({ $codes }) var ikke rettet da avtalen fikk statusen «{ $to }». Godtatt med begrunnelsen: «{ $reason }».

## print_refused

print-refused = Avtalen har { $errors } feil og kan bare skrives ut som utkast. Rett feilene, eller lagre en revisjon som godtar dem med en begrunnelse.

## history_intact

history-intact = Historikken er intakt: { $revisions } { $revisions ->
        [one] revisjon
       *[other] revisjoner
    }, ingen endret, fjernet eller flyttet.

## yes_no

yes = ja
no = nei

## period_words

until-further-notice = inntil videre

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
field-from = Fra
field-to = Til
field-renewal = Fornyelse
field-automatic = Automatisk
field-years = År
field-notice-months = Oppsigelsesfrist (måneder)
field-status = Status
field-baseline = Utgangspunkt
field-source = Kilde
field-shared = Felles mål
field-value = Verdi
field-parent = Hører under
field-areas = Samarbeidsområder
field-file = Fil
field-additional-parties = Tilleggsparter
field-party = Part
field-parties = Parter
field-organisation = Organisasjon
field-unit = Enhet
field-signatory = Signeres av
field-contact = Kontaktperson
field-deputy = Stedfortreder
field-name = Navn
field-email = E-post
field-phone = Telefon
field-role = Rolle
field-roles = Rolle
field-tasks = Oppgave
field-task = Oppgave
field-responsible = Ansvarlig
field-deadline = Frist
field-meetings = Møtearena
field-level = Nivå
field-purpose = Formål
field-members = Deltaker
field-chair = Møteleder
field-cadence = Hyppighet
field-hours = Timer per møte
field-agenda = Faste saker
field-minutes = Referent
field-mandate = Mandat
field-group = Gruppe
field-deliverables = Leveranser
field-authority = Myndighet
field-reports-to = Rapporterer til
field-leader = Leder
field-boundaries = Grenseflate
field-area = Område
field-lead = Hovedansvar
field-support = Bidrar
field-handover = Overgang
field-steps = Steg
field-action = Hva skjer
field-target-groups = Målgruppe
field-definition = Definisjon
field-age = Alder
field-criteria = Kriterier
field-goals = Mål
field-goal = Mål
field-indicator = Indikator
field-target = Målverdi
field-measures = Tiltak
field-description = Beskrivelse
field-start = Start
field-contacts = Kontaktperson
field-information-sharing = Informasjonsdeling
field-personal-data = Deler personopplysninger
field-legal-basis = Rettslig grunnlag
field-consent = Samtykke
field-given-by = Gis av
field-written = Skriftlig
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
field-termination = Oppsigelse
field-signatures = Underskrifter
field-annexes = Vedlegg
field-reference = Referanse
field-term = Begrep
field-glossary = Begreper
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
label-parties = Parter
label-party = Part
label-unit = Enhet
label-signatory = Signeres av
label-contact = Kontaktperson
label-deputy = Stedfortreder
label-role = Rolle
label-task = Oppgave
label-responsible = Ansvarlig
label-deadline = Frist
label-meeting-body = Møtearena
label-level = Nivå
label-members = Deltakere
label-chair = Møteleder
label-cadence = Hyppighet
label-minutes = Referat
label-agenda = Faste saker
label-purpose = Formål
label-deliverables = Leveranser
label-authority = Myndighet
label-reports-to = Rapporterer til
label-leader = Leder
label-area = Område
label-lead = Hovedansvar
label-support = Bidrar
label-handover = Overgang
label-step = Steg
label-target-group = Målgruppe
label-definition = Definisjon
label-age = Alder
label-criteria = Kriterier
label-goal = Mål
label-indicator = Indikator
label-baseline = Utgangspunkt
label-source = Kilde
label-target = Målverdi
label-measure = Tiltak
label-start = Start
label-contribution = Bidrag
label-amount = Beløp per år
label-report = Rapport
label-from = Fra
label-to = Til
label-next-evaluation = Neste evaluering
label-evaluation-responsible = Ansvar for evalueringen
label-questions = Spørsmål evalueringen skal svare på
label-notice = Oppsigelsesfrist
label-place-and-date = Sted og dato
label-glossary = Begreper
label-term = Begrep
label-personal-data = Deler opplysninger om enkeltpersoner
label-legal-basis = Rettslig grunnlag
label-consent = Samtykke
label-given-by = Gis av
label-written = Skriftlig
label-scope = Omfang
label-withdrawal = Tilbaketrekking
label-renewal = Fornyelse
label-reference = Referanse
label-phone = Telefon
label-email = E-post
label-yes = Ja
label-no = Nei
label-years = år
label-months = måneder
label-until-further-notice = inntil videre
label-alternating-between = på omgang mellom
label-builds-on = Bygger på
label-replaces = Erstatter
label-related-to = Ses sammen med
label-makes-concrete = Konkretiserer
label-sub-agreements = Underavtaler
label-action-plans = Handlingsplaner
label-regions = Holdes i
label-region = Region
label-nav-offices = Nav-kontor
label-municipalities = Kommuner
label-tagged-regions = Regioner

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
days-ago-3 = for { $n } dager siden

## reminder_measure_due

reminder-measure-due = Tiltaket «{ $measure }» skal være ferdig { $when } ({ $date }).

## reminder_measure_starts

reminder-measure-starts = Tiltaket «{ $measure }» skal starte { $when } ({ $date }).

## reminder_report_due

reminder-report-due = Rapporten «{ $report }» skal leveres { $when } ({ $date }).

## reminder_meeting

reminder-meeting = { $body } møtes { $when } ({ $date }).

## reminder_measure_late

reminder-measure-late = Tiltaket «{ $measure }» skulle vært ferdig { $when } ({ $date }), men står som { $status }.

## reminder_evaluation_late

reminder-evaluation-late = Avtalen skulle vært evaluert { $when } ({ $date }), men ingen evaluering er registrert.

## reminder_report_late

reminder-report-late = Rapporten «{ $report }» skulle vært levert { $when } ({ $date }), men er ikke registrert som levert.

## reminder_contact_unconfirmed

reminder-contact-unconfirmed = Kontaktpersonen { $name } er ikke bekreftet siden { $since }. Sjekk at det fortsatt er riktig person.

## reminder_signatory_changed

reminder-signatory-changed = { $party } har fått ny person som signerer: { $then } signerte avtalen, nå står { $now }. Vurder om avtalen skal signeres på nytt.

## measure_status

measure-status-planlagt = Planlagt
measure-status-pagar = Pågår
measure-status-ferdig = Ferdig
measure-status-forsinket = Forsinket
measure-status-stoppet = Stoppet

## goal_kind

goal-kind-effekt = Effektmål
goal-kind-resultat = Resultatmål
goal-kind-prosess = Prosessmål

## note_kind

note-kind-god-praksis = Godt grep
note-kind-beslutning = Trenger beslutning

## The status report and the per-party extract

report-title = Statusrapport: { $title }
extract-title = Utdrag for { $party }: { $title }
report-tertial = { $n }. tertial { $year }
report-span = { $from }–{ $to }
report-span-same-year = { $day }. { $month }–{ $to }
report-dated = { $value } ({ $date })
report-made = Laget
report-for = Til
report-follows-up = Følger opp
report-summary = Sammendrag
report-goals = Mål
report-measures = Tiltak
report-late = Forsinket og hvorfor
report-good-practice = Gode grep
report-decisions = Saker til beslutning
report-meetings = Møter og rapporter
report-none-in-period = Ingen registrert i perioden.
report-latest = Siste tall
report-figures-in-period = Tall i perioden
report-note = Merknad
report-updated = Oppdatert
report-last-held = Sist holdt
report-decided = Vedtak
report-next-meeting = Neste møte
report-last-given = Sist levert
report-missed = Ikke levert
report-next-due = Neste frist
report-summary-text = Avtalen har { $measures } { $measures ->
        [one] tiltak
       *[other] tiltak
    }. { $late ->
        [0] Ingen tiltak er forsinket.
        [one] Ett tiltak er forsinket eller over fristen.
       *[other] { $late } tiltak er forsinket eller over fristen.
    } I perioden er det notert { $notes ->
        [0] ingen gode grep
        [one] ett godt grep
       *[other] { $notes } gode grep
    } og { $decisions ->
        [0] ingen saker
        [one] én sak
       *[other] { $decisions } saker
    } til beslutning.
report-status-late = { $status }, over fristen
report-late-measure = { $status }, frist { $deadline }. { $because }
report-late-measure-2 = { $status }. { $because }
report-no-reason = Ingen grunn er oppgitt.
extract-tasks = Oppgaver parten har ansvar for
extract-bodies = Møtearenaer parten deltar i
extract-reports = Rapporter
extract-their-members = Møter for parten
extract-none = Ingen for denne parten.
extract-note = Det parten har ansvar for etter avtalen, til virksomhetsplanen: oppgaver, tiltak, møter, mål og rapporter. Den fullstendige avtalen gjelder foran dette utdraget.
report-bad-period = Perioden «{ $text }» kan ikke brukes. Oppgi --from og --to som ÅÅÅÅ-MM-DD (der --to ikke er før --from), --tertial ÅÅÅÅ-N (N er 1, 2 eller 3) eller --year ÅÅÅÅ.
extract-unknown-party = Avtalen har ingen part «{ $party }». Partene er: { $parties }.
