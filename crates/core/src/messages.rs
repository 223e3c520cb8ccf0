//! The message catalogue of the core: every text a user reads that the core produces, in
//! bokmål, nynorsk and English. Diagnostics, file errors, the labels and phrases of the rendered
//! agreement, and the names of kinds, statuses and categories all come from here, so no other
//! module writes user-facing words.

use crate::agreement::{AgreementKind, PartyKind, Status};
use crate::calendar::CalendarError;
use crate::check::Finding;
use crate::clause::{Cadence, Level};
use crate::date::{Date, month_name};
use crate::error::LoadProblem;
use crate::holidays::{Break, Holiday};
use crate::lang::{Lang, Locale};
use crate::template::Category;
use crate::yaml::YamlProblem;

/// Picks the text for a locale; only the chosen arm is evaluated.
macro_rules! t {
    ($locale:expr, $nb:expr, $nn:expr, $en:expr $(,)?) => {
        match $locale {
            Locale::Nb => String::from($nb),
            Locale::Nn => String::from($nn),
            Locale::En => String::from($en),
        }
    };
}

/// The message of a check's finding.
pub fn finding(finding: &Finding, l: Locale) -> String {
    match finding {
        Finding::Placeholder { name, label } => match label {
            Some(label) => {
                let label = lower_first(label);
                t!(
                    l,
                    format!("Plassholderen {{{{{name}}}}} er ikke fylt ut. Skriv inn {label}."),
                    format!("Plasshaldaren {{{{{name}}}}} er ikkje fylt ut. Skriv inn {label}."),
                    format!("The placeholder {{{{{name}}}}} is not filled in. Enter {label}."),
                )
            }
            None => t!(
                l,
                format!(
                    "Plassholderen {{{{{name}}}}} er ikke fylt ut. Erstatt den med riktig tekst."
                ),
                format!(
                    "Plasshaldaren {{{{{name}}}}} er ikkje fylt ut. Erstatt han med rett tekst."
                ),
                format!(
                    "The placeholder {{{{{name}}}}} is not filled in. Replace it with the right text."
                ),
            ),
        },
        Finding::TaskWithoutResponsible { task } => t!(
            l,
            format!(
                "Oppgaven «{task}» har ingen ansvarlig part. Velg én part som har ansvaret for den."
            ),
            format!(
                "Oppgåva «{task}» har ingen ansvarleg part. Vel éin part som har ansvaret for ho."
            ),
            format!(
                "The task “{task}” has no responsible party. Choose the one party responsible for it."
            ),
        ),
        Finding::UnknownParty { id } => t!(
            l,
            format!(
                "Parten «{id}» finnes ikke blant avtalens parter. Legg den til under Parter, eller velg en part som finnes."
            ),
            format!(
                "Parten «{id}» finst ikkje blant partane i avtalen. Legg han til under Partar, eller vel ein part som finst."
            ),
            format!(
                "The party “{id}” is not among the agreement's parties. Add it under Parties, or choose an existing party."
            ),
        ),
        Finding::MeetingWithoutCadence { body } => t!(
            l,
            format!(
                "Møtearenaen «{body}» har ingen møtehyppighet. Angi hvor ofte den møtes, for eksempel to ganger i året, eller «ved behov» med hva som utløser et møte."
            ),
            format!(
                "Møtearenaen «{body}» har inga møtehyppigheit. Skriv kor ofte han møtest, til dømes to gonger i året, eller «ved behov» med kva som utløyser eit møte."
            ),
            format!(
                "The meeting body “{body}” has no cadence. Say how often it meets, for example twice a year, or “as needed” with what triggers a meeting."
            ),
        ),
        Finding::MeetingWithoutChair { body } => t!(
            l,
            format!(
                "Møtearenaen «{body}» har ingen møteleder. Velg hvilken part som leder møtene, eller at partene bytter på."
            ),
            format!(
                "Møtearenaen «{body}» har ingen møteleiar. Vel kva part som leier møta, eller at partane byter på."
            ),
            format!(
                "The meeting body “{body}” has no chair. Choose which party chairs the meetings, or let the parties take turns."
            ),
        ),
        Finding::PeriodEndsBeforeStart => t!(
            l,
            "Avtaleperioden slutter før den begynner. Rett opp start- eller sluttdatoen.",
            "Avtaleperioden sluttar før han byrjar. Rett opp start- eller sluttdatoen.",
            "The agreement period ends before it starts. Correct the start or end date.",
        ),
        Finding::OutsideParentPeriod { parent } => t!(
            l,
            format!(
                "Perioden går utenfor perioden til hovedavtalen «{parent}». En underavtale kan ikke gjelde lenger enn avtalen den hører under; juster datoene."
            ),
            format!(
                "Perioden går utanfor perioden til hovudavtalen «{parent}». Ein underavtale kan ikkje gjelde lenger enn avtalen han høyrer under; juster datoane."
            ),
            format!(
                "The period reaches outside the period of the main agreement “{parent}”. A sub-agreement cannot run longer than the agreement it belongs under; adjust the dates."
            ),
        ),
        Finding::PartyWithoutSignatory { party } => t!(
            l,
            format!(
                "{party} har ingen som skal signere. Legg inn navn og tittel på lederen som signerer for parten."
            ),
            format!(
                "{party} har ingen som skal signere. Legg inn namn og tittel på leiaren som signerer for parten."
            ),
            format!(
                "{party} has no signatory. Enter the name and title of the leader who signs for the party."
            ),
        ),
        Finding::EvaluationOutsidePeriod => t!(
            l,
            "Datoen for neste evaluering ligger utenfor avtaleperioden. Legg evalueringen før avtalen utløper, så resultatet kan brukes når avtalen fornyes.",
            "Datoen for neste evaluering ligg utanfor avtaleperioden. Legg evalueringa før avtalen går ut, så resultatet kan brukast når avtalen blir fornya.",
            "The next evaluation date is outside the agreement period. Put the evaluation before the agreement expires, so its result can inform the renewal.",
        ),
        Finding::SharingWithoutConsent => t!(
            l,
            "Partene skal dele opplysninger om enkeltpersoner, men avtalen beskriver ikke samtykke. Beskriv hvem som gir samtykke, i hvilken form, hva det omfatter og hvordan det trekkes tilbake.",
            "Partane skal dele opplysningar om enkeltpersonar, men avtalen skildrar ikkje samtykke. Skildre kven som gir samtykke, i kva form, kva det omfattar og korleis det blir trekt tilbake.",
            "The parties will share information about individuals, but the agreement describes no consent. Describe who gives consent, in what form, what it covers and how it is withdrawn.",
        ),
        Finding::TooFewParties => t!(
            l,
            "En samarbeidsavtale må ha minst to parter. Legg dem til under Parter.",
            "Ein samarbeidsavtale må ha minst to partar. Legg dei til under Partar.",
            "A cooperation agreement needs at least two parties. Add them under Parties.",
        ),
        Finding::NoParent => t!(
            l,
            "Denne avtalen hører under en hovedavtale, men den er ikke oppgitt. Oppgi hovedavtalen, så datoene kan kontrolleres mot den.",
            "Denne avtalen høyrer under ein hovudavtale, men han er ikkje oppgitt. Oppgi hovudavtalen, så datoane kan kontrollerast mot han.",
            "This agreement belongs under a main agreement, but none is named. Name the main agreement so the dates can be checked against it.",
        ),
        Finding::AgreementTooLong { words, limit } => t!(
            l,
            format!(
                "Avtalen har {words} ord. Korte, konkrete avtaler er de som blir brukt; vurder å korte ned til under {limit} ord, eller flytte detaljer til underavtaler eller vedlegg."
            ),
            format!(
                "Avtalen har {words} ord. Korte, konkrete avtalar er dei som blir brukte; vurder å korte ned til under {limit} ord, eller flytte detaljar til underavtalar eller vedlegg."
            ),
            format!(
                "The agreement has {words} words. Short, concrete agreements are the ones that get used; consider cutting it below {limit} words, or moving details to sub-agreements or annexes."
            ),
        ),
        Finding::SectionTooLong { words, limit } => t!(
            l,
            format!(
                "Punktet har {words} ord. Skriv kortere og mer konkret (under {limit} ord): hvem gjør hva, og når."
            ),
            format!(
                "Punktet har {words} ord. Skriv kortare og meir konkret (under {limit} ord): kven gjer kva, og når."
            ),
            format!(
                "The section has {words} words. Write shorter and more concretely (under {limit} words): who does what, and when."
            ),
        ),
        Finding::UndefinedAbbreviation { abbreviation } => t!(
            l,
            format!(
                "Forkortelsen «{abbreviation}» er ikke forklart i begrepslisten. Partene bruker ulike fagord; legg til en definisjon så alle forstår den likt."
            ),
            format!(
                "Forkortinga «{abbreviation}» er ikkje forklart i omgrepslista. Partane brukar ulike fagord; legg til ein definisjon så alle forstår ho likt."
            ),
            format!(
                "The abbreviation “{abbreviation}” is not defined in the glossary. The parties use different jargon; add a definition so everyone reads it the same way."
            ),
        ),
        Finding::TermDefinedTwice { term, first }
            if term.trim().eq_ignore_ascii_case(first.trim()) =>
        {
            t!(
                l,
                format!(
                    "Begrepet «{term}» er definert to ganger i begrepslisten. Slå sammen definisjonene til én."
                ),
                format!(
                    "Omgrepet «{term}» er definert to gonger i omgrepslista. Slå saman definisjonane til éin."
                ),
                format!(
                    "The term “{term}” is defined twice in the glossary. Merge the definitions into one."
                ),
            )
        }
        Finding::TermDefinedTwice { term, first } => t!(
            l,
            format!(
                "«{term}» og «{first}» i begrepslisten er samme begrep. Slå sammen definisjonene til én, og bruk én skrivemåte i hele avtalen."
            ),
            format!(
                "«{term}» og «{first}» i omgrepslista er same omgrep. Slå saman definisjonane til éin, og bruk éin skrivemåte i heile avtalen."
            ),
            format!(
                "“{term}” and “{first}” in the glossary are the same term. Merge the definitions into one, and write it one way throughout the agreement."
            ),
        ),
        Finding::GlossaryNotShown { terms } => t!(
            l,
            format!(
                "Begrepslisten har {terms} {}, men ingen punkt viser den. Den skrives ut som et eget, unummerert punkt foran underskriftene. Legg til et punkt for begreper, eller fjern begrepene under «Begreper» hvis de ikke skal være med.",
                if *terms == 1 { "begrep" } else { "begreper" }
            ),
            format!(
                "Omgrepslista har {terms} omgrep, men ikkje noko punkt viser ho. Ho blir skriven ut som eit eige, unummerert punkt før underskriftene. Legg til eit punkt for omgrep, eller fjern omgrepa under «Omgrep» viss dei ikkje skal vere med."
            ),
            format!(
                "The glossary has {terms} {}, but no section shows it. It prints as a separate, unnumbered part before the signatures. Add a section for the glossary, or remove the terms under “Glossary” if they are not meant to be included.",
                if *terms == 1 { "term" } else { "terms" }
            ),
        ),
        Finding::NoEvaluation => t!(
            l,
            "Avtalen sier ikke når den skal evalueres. Legg til et punkt om evaluering og revisjon med hyppighet eller dato, så avtalen holdes levende.",
            "Avtalen seier ikkje når han skal evaluerast. Legg til eit punkt om evaluering og revisjon med hyppigheit eller dato, så avtalen held seg levande.",
            "The agreement does not say when it is evaluated. Add a section on evaluation and revision with a cadence or a date, to keep the agreement alive.",
        ),
        Finding::MeetingWithoutMembers { body } => t!(
            l,
            format!(
                "Møtearenaen «{body}» har ingen deltakere. Angi hvilke roller fra hver part som møter."
            ),
            format!(
                "Møtearenaen «{body}» har ingen deltakarar. Skriv kva roller frå kvar part som møter."
            ),
            format!(
                "The meeting body “{body}” has no members. Say which roles from each party attend."
            ),
        ),
        Finding::MissingMeetingLevel { strategic: true } => t!(
            l,
            "Avtalen har ingen strategisk møtearena for ledere. Samarbeid må forankres i ledelsen; legg til en styrings- eller samarbeidsgruppe som møtes 1–4 ganger i året.",
            "Avtalen har ingen strategisk møtearena for leiarar. Samarbeid må forankrast i leiinga; legg til ei styrings- eller samarbeidsgruppe som møtest 1–4 gonger i året.",
            "The agreement has no strategic meeting body for leaders. Cooperation must be anchored in leadership; add a steering or cooperation group that meets 1–4 times a year.",
        ),
        Finding::MissingMeetingLevel { strategic: false } => t!(
            l,
            "Avtalen har ingen operativ møtearena for dem som jobber med sakene. Legg til faste møter på saksbehandlernivå, for eksempel hver 4.–6. uke.",
            "Avtalen har ingen operativ møtearena for dei som arbeider med sakene. Legg til faste møte på sakshandsamarnivå, til dømes kvar 4.–6. veke.",
            "The agreement has no operative meeting body for caseworkers. Add regular meetings at caseworker level, for example every 4–6 weeks.",
        ),
        Finding::TooManyMeetings {
            body,
            per_year,
            limit,
        } => t!(
            l,
            format!(
                "«{body}» møtes {per_year} ganger i året. For mange møter er en kjent grunn til at samarbeid stopper opp; vurder å møtes sjeldnere (høyst {limit} ganger i året på dette nivået)."
            ),
            format!(
                "«{body}» møtest {per_year} gonger i året. For mange møte er ein kjend grunn til at samarbeid stoppar opp; vurder å møtast sjeldnare (høgst {limit} gonger i året på dette nivået)."
            ),
            format!(
                "“{body}” meets {per_year} times a year. Too many meetings is a known reason cooperation stalls; consider meeting less often (at most {limit} times a year at this level)."
            ),
        ),
        Finding::ContactWithoutDeputy { name } => t!(
            l,
            format!(
                "Kontaktpersonen {name} har ingen stedfortreder. Legg inn en stedfortreder, så samarbeidet ikke stopper ved sykdom eller jobbskifte."
            ),
            format!(
                "Kontaktpersonen {name} har ingen stadfortredar. Legg inn ein stadfortredar, så samarbeidet ikkje stoppar ved sjukdom eller jobbskifte."
            ),
            format!(
                "The contact person {name} has no deputy. Add a deputy so cooperation does not stop with illness or a change of job."
            ),
        ),
        Finding::GoalNotMeasurable { goal } => t!(
            l,
            format!(
                "Målet «{goal}» mangler indikator eller frist. Skriv hva som skal måles og når målet skal være nådd."
            ),
            format!(
                "Målet «{goal}» manglar indikator eller frist. Skriv kva som skal målast og når målet skal vere nådd."
            ),
            format!(
                "The goal “{goal}” lacks an indicator or a deadline. Say what is measured and when the goal should be reached."
            ),
        ),
        Finding::MandateIncomplete { group } => t!(
            l,
            format!(
                "Mandatet for «{group}» sier ikke alt det bør: hva gruppen kan bestemme, hvem den rapporterer til og hvem som leder den. Fyll inn det som mangler."
            ),
            format!(
                "Mandatet for «{group}» seier ikkje alt det bør: kva gruppa kan avgjere, kven ho rapporterer til og kven som leier ho. Fyll inn det som manglar."
            ),
            format!(
                "The mandate of “{group}” does not say all it should: what the group may decide, whom it reports to and who leads it. Fill in what is missing."
            ),
        ),
        Finding::PeriodTooLong {
            length: Some(length),
        } => {
            let how_long = period_length(*length, l);
            t!(
                l,
                format!(
                    "Avtaleperioden er {how_long}. Avtalene i studiene gjelder 1–4 år med fornyelse; vurder en kortere periode med avtalt fornyelse."
                ),
                format!(
                    "Avtaleperioden er {how_long}. Avtalane i studiane gjeld 1–4 år med fornying; vurder ein kortare periode med avtalt fornying."
                ),
                format!(
                    "The agreement period is {how_long}. The agreements in the studies run 1–4 years with renewal; consider a shorter period with agreed renewal."
                ),
            )
        }
        Finding::PeriodTooLong { length: None } => t!(
            l,
            "Avtalen har ingen sluttdato. Sett en sluttdato (vanligvis 1–4 år fram) og avtal hvordan den fornyes.",
            "Avtalen har ingen sluttdato. Set ein sluttdato (vanlegvis 1–4 år fram) og avtal korleis han blir fornya.",
            "The agreement has no end date. Set one (usually 1–4 years ahead) and agree how it is renewed.",
        ),
        Finding::EmptySection => t!(
            l,
            "Punktet er tomt. Skriv innholdet, eller slett punktet.",
            "Punktet er tomt. Skriv innhaldet, eller slett punktet.",
            "The section is empty. Write its content, or delete it.",
        ),
        Finding::TargetGroupUndefined { group } => t!(
            l,
            format!(
                "Målgruppen «{group}» er ikke definert. Partene definerer ofte målgrupper ulikt; skriv hvem som hører til, med alder og kriterier."
            ),
            format!(
                "Målgruppa «{group}» er ikkje definert. Partane definerer ofte målgrupper ulikt; skriv kven som høyrer til, med alder og kriterium."
            ),
            format!(
                "The target group “{group}” is not defined. The parties often define target groups differently; say who belongs to it, with ages and criteria."
            ),
        ),
        Finding::BoundaryWithoutLead { area } => t!(
            l,
            format!(
                "Grenseflaten «{area}» har ingen part med hovedansvar. Uklare grenseflater er den vanligste kilden til konflikt; velg hvilken part som har hovedansvaret."
            ),
            format!(
                "Grenseflata «{area}» har ingen part med hovudansvar. Uklare grenseflater er den vanlegaste kjelda til konflikt; vel kva part som har hovudansvaret."
            ),
            format!(
                "The boundary “{area}” has no lead party. Unclear boundaries are the most common source of conflict; choose which party has the main responsibility."
            ),
        ),
        Finding::ConsentIncomplete => t!(
            l,
            "Samtykkerutinen er ufullstendig. Beskriv hvem som gir samtykke, hva det omfatter og hvordan det trekkes tilbake.",
            "Samtykkerutinen er ufullstendig. Skildre kven som gir samtykke, kva det omfattar og korleis det blir trekt tilbake.",
            "The consent routine is incomplete. Describe who gives consent, what it covers and how it is withdrawn.",
        ),
        Finding::RenewalWithoutNotice => t!(
            l,
            "Avtalen fornyes automatisk, men har ingen oppsigelsesfrist. Angi hvor mange måneders varsel en part må gi for å si den opp.",
            "Avtalen blir fornya automatisk, men har inga oppseiingsfrist. Skriv kor mange månaders varsel ein part må gi for å seie han opp.",
            "The agreement renews itself but sets no notice period. Say how many months' notice a party must give to end it.",
        ),
        Finding::NoSignatures => t!(
            l,
            "Avtalen har ikke noe punkt for underskrifter. Legg til underskriftspunktet, så lederne for partene kan signere.",
            "Avtalen har ikkje noko punkt for underskrifter. Legg til underskriftspunktet, så leiarane for partane kan signere.",
            "The agreement has no signature section. Add it so the parties' leaders can sign.",
        ),
        Finding::PartyDoesNotSign { party } => t!(
            l,
            format!("{party} er ikke med i underskriftene. Alle parter bør signere avtalen."),
            format!("{party} er ikkje med i underskriftene. Alle partar bør signere avtalen."),
            format!("{party} is not among the signatures. Every party should sign the agreement."),
        ),
        Finding::DateOutsidePeriod { what } => t!(
            l,
            format!(
                "Datoen for «{what}» ligger utenfor avtaleperioden. Flytt datoen inn i perioden, eller juster perioden."
            ),
            format!(
                "Datoen for «{what}» ligg utanfor avtaleperioden. Flytt datoen inn i perioden, eller juster perioden."
            ),
            format!(
                "The date of “{what}” is outside the agreement period. Move it into the period, or adjust the period."
            ),
        ),
        Finding::UndefinedJargon { term } => t!(
            l,
            format!(
                "Fagordet «{term}» er ikke forklart i begrepslisten. Den andre parten kjenner det kanskje ikke; legg til en definisjon, eller skriv med vanlige ord hva det betyr."
            ),
            format!(
                "Fagordet «{term}» er ikkje forklart i omgrepslista. Den andre parten kjenner det kanskje ikkje; legg til ein definisjon, eller skriv med vanlege ord kva det tyder."
            ),
            format!(
                "The term “{term}” is not defined in the glossary. The other party may not know it; add a definition, or say in plain words what it means."
            ),
        ),
        Finding::TargetGroupNamedDifferently {
            first,
            first_section,
            second,
            second_section,
        } => t!(
            l,
            format!(
                "Målgruppen kalles «{first}» i «{first_section}», men «{second}» i «{second_section}». Bruk samme navn overalt, så begge parter vet at det er de samme menneskene."
            ),
            format!(
                "Målgruppa blir kalla «{first}» i «{first_section}», men «{second}» i «{second_section}». Bruk same namn overalt, så begge partar veit at det er dei same menneska."
            ),
            format!(
                "The target group is called “{first}” in “{first_section}” but “{second}” in “{second_section}”. Use one name throughout, so both parties know it is the same people."
            ),
        ),
        Finding::VeryLongSentence {
            words,
            limit,
            start,
        } => t!(
            l,
            format!(
                "Setningen som begynner «{start} …», har {words} ord. Del den opp i setninger på under {limit} ord, så den blir lettere å lese."
            ),
            format!(
                "Setninga som byrjar «{start} …», har {words} ord. Del ho opp i setningar på under {limit} ord, så ho blir lettare å lese."
            ),
            format!(
                "The sentence starting “{start} …” has {words} words. Split it into sentences of fewer than {limit} words, so it is easier to read."
            ),
        ),
        Finding::ParentMismatch { file, title } => t!(
            l,
            format!(
                "Filen «{file}» er ikke hovedavtalen denne avtalen hører under, men «{title}». Knytt avtalen til riktig fil i «Avtalefamilien»."
            ),
            format!(
                "Fila «{file}» er ikkje hovudavtalen denne avtalen høyrer under, men «{title}». Knyt avtalen til rett fil i «Avtalefamilien»."
            ),
            format!(
                "The file “{file}” is not the main agreement this one belongs under, but “{title}”. Link the agreement to the right file under “Family of agreements”."
            ),
        ),
        Finding::PartyNotInParent { party, parent } => t!(
            l,
            format!(
                "{party} er ikke part i hovedavtalen «{parent}». En underavtale skal holde seg innenfor hovedavtalen: skriv partens navn som i hovedavtalen, eller marker den som tilleggspart."
            ),
            format!(
                "{party} er ikkje part i hovudavtalen «{parent}». Ein underavtale skal halde seg innanfor hovudavtalen: skriv namnet til parten som i hovudavtalen, eller merk han som tilleggspart."
            ),
            format!(
                "{party} is not a party to the main agreement “{parent}”. A sub-agreement stays inside its main agreement: write the party's name as in the main agreement, or mark it as an additional party."
            ),
        ),
        Finding::AreaNotInParent {
            area,
            parent,
            areas,
        } => t!(
            l,
            format!(
                "Området «{area}» er ikke blant samarbeidsområdene i hovedavtalen «{parent}» ({areas}). Velg et av dem, eller legg området til i hovedavtalen først."
            ),
            format!(
                "Området «{area}» er ikkje blant samarbeidsområda i hovudavtalen «{parent}» ({areas}). Vel eitt av dei, eller legg området til i hovudavtalen først."
            ),
            format!(
                "The area “{area}” is not among the areas of cooperation in the main agreement “{parent}” ({areas}). Choose one of them, or add the area to the main agreement first."
            ),
        ),
        Finding::NoArea { parent, areas } => t!(
            l,
            format!(
                "Avtalen sier ikke hvilket samarbeidsområde i hovedavtalen «{parent}» den hører til ({areas})."
            ),
            format!(
                "Avtalen seier ikkje kva for samarbeidsområde i hovudavtalen «{parent}» han høyrer til ({areas})."
            ),
            format!(
                "The agreement does not say which area of cooperation in the main agreement “{parent}” it belongs to ({areas})."
            ),
        ),
        Finding::ParentUnreadable { file, reason } => t!(
            l,
            format!(
                "Hovedavtalen «{file}» kunne ikke leses, så avtalen er ikke sjekket mot den: {reason}"
            ),
            format!(
                "Hovudavtalen «{file}» kunne ikkje lesast, så avtalen er ikkje sjekka mot han: {reason}"
            ),
            format!(
                "The main agreement “{file}” could not be read, so the agreement is not checked against it: {reason}"
            ),
        ),
        Finding::BrokenReference {
            written,
            known: true,
        } => t!(
            l,
            format!(
                "«{written}» viser til noe avtalen ikke har fylt ut ennå, så det skrives ut som det står. Fyll ut det den viser til, eller bytt den ut."
            ),
            format!(
                "«{written}» viser til noko avtalen ikkje har fylt ut enno, så det blir skrive ut som det står. Fyll ut det han viser til, eller byt han ut."
            ),
            format!(
                "“{written}” refers to something the agreement has not filled in yet, so it prints as written. Fill in what it refers to, or replace it."
            ),
        ),
        Finding::BrokenReference {
            written,
            known: false,
        } => t!(
            l,
            format!(
                "«{written}» er ingen henvisning Avtale kjenner, så det skrives ut som det står. Sett inn henvisningen fra menyen «Sett inn», eller skriv teksten uten hakeparenteser."
            ),
            format!(
                "«{written}» er inga tilvising Avtale kjenner, så det blir skrive ut som det står. Set inn tilvisinga frå menyen «Set inn», eller skriv teksten utan hakeparentesar."
            ),
            format!(
                "“{written}” is no reference Avtale knows, so it prints as written. Insert the reference from the “Insert” menu, or write the text without square brackets."
            ),
        ),
        Finding::DateInTextOutsidePeriod { words, after: true } => t!(
            l,
            format!(
                "Teksten sier «{words}», som er etter avtaleperioden. Er den skrevet for en annen periode? Bruk en henvisning til perioden, så følger datoen avtalen."
            ),
            format!(
                "Teksten seier «{words}», som er etter avtaleperioden. Er han skriven for ein annan periode? Bruk ei tilvising til perioden, så følgjer datoen avtalen."
            ),
            format!(
                "The text says “{words}”, which is after the agreement period. Was it written for another period? Use a reference to the period so the date follows the agreement."
            ),
        ),
        Finding::DateInTextOutsidePeriod {
            words,
            after: false,
        } => t!(
            l,
            format!(
                "Teksten har fristen «{words}», som er før avtaleperioden starter. Er den skrevet for en annen periode? Bruk en henvisning til perioden, så følger datoen avtalen."
            ),
            format!(
                "Teksten har fristen «{words}», som er før avtaleperioden startar. Er han skriven for ein annan periode? Bruk ei tilvising til perioden, så følgjer datoen avtalen."
            ),
            format!(
                "The text has the deadline “{words}”, before the agreement period starts. Was it written for another period? Use a reference to the period so the date follows the agreement."
            ),
        ),
        Finding::CadenceInTextDiffers {
            words,
            body,
            cadence,
        } => t!(
            l,
            format!(
                "Teksten sier «{words}» om {body}, men møtet er satt til {cadence}. Bruk en henvisning til møtets hyppighet, så sier teksten alltid det samme som møteoversikten."
            ),
            format!(
                "Teksten seier «{words}» om {body}, men møtet er sett til {cadence}. Bruk ei tilvising til kor ofte møtet er, så seier teksten alltid det same som møteoversikta."
            ),
            format!(
                "The text says “{words}” about {body}, but the meeting is set to {cadence}. Use a reference to the meeting's cadence so the text always says what the meeting list says."
            ),
        ),
        Finding::NameInTextNotAParty {
            words,
            title: false,
        } => t!(
            l,
            format!(
                "Teksten nevner «{words}», som ikke er en av partene. Bruk en henvisning til parten, så følger navnet partsoversikten."
            ),
            format!(
                "Teksten nemner «{words}», som ikkje er ein av partane. Bruk ei tilvising til parten, så følgjer namnet partsoversikta."
            ),
            format!(
                "The text names “{words}”, which is not one of the parties. Use a reference to the party so the name follows the list of parties."
            ),
        ),
        Finding::NameInTextNotAParty { words, title: true } => t!(
            l,
            format!(
                "Teksten nevner «{words}», men ingen som signerer avtalen, har den tittelen. Bruk en henvisning til tittelen, så følger teksten den som signerer."
            ),
            format!(
                "Teksten nemner «{words}», men ingen som signerer avtalen, har den tittelen. Bruk ei tilvising til tittelen, så følgjer teksten den som signerer."
            ),
            format!(
                "The text names “{words}”, but nobody signing the agreement has that title. Use a reference to the title so the text follows who signs."
            ),
        ),
        Finding::OutdatedWording {
            words,
            current,
            note,
        } => t!(
            l,
            format!("«{words}» er utdatert. {note} Skriv «{current}»."),
            format!("«{words}» er utdatert. {note} Skriv «{current}»."),
            format!("“{words}” is out of date. {note} Write “{current}”."),
        ),
        Finding::RegionUnclear { body, region: None } => t!(
            l,
            format!(
                "Møtearenaen «{body}» har en region uten navn. Skriv navnet på regionen, eller fjern linjen."
            ),
            format!(
                "Møtearenaen «{body}» har ein region utan namn. Skriv namnet på regionen, eller fjern lina."
            ),
            format!(
                "The meeting body “{body}” has a region without a name. Write the region's name, or remove the line."
            ),
        ),
        Finding::RegionUnclear {
            body,
            region: Some(region),
        } => t!(
            l,
            format!(
                "Møtearenaen «{body}» har regionen «{region}» to ganger. Hver region holder sine egne møter; fjern den ene."
            ),
            format!(
                "Møtearenaen «{body}» har regionen «{region}» to gonger. Kvar region held sine eigne møte; fjern den eine."
            ),
            format!(
                "The meeting body “{body}” has the region “{region}” twice. Each region holds its own meetings; remove one."
            ),
        ),
        Finding::ConsideredNotFound { code, reason } => t!(
            l,
            format!(
                "En advarsel ({code}) er markert som vurdert («{reason}»), men finnes ikke lenger. Fjern markeringen, eller se om advarselen nå gjelder noe annet."
            ),
            format!(
                "Ei åtvaring ({code}) er merkt som vurdert («{reason}»), men finst ikkje lenger. Fjern merket, eller sjå om åtvaringa no gjeld noko anna."
            ),
            format!(
                "A warning ({code}) is marked as considered (“{reason}”) but is no longer found. Remove the mark, or see whether the warning is now about something else."
            ),
        ),
        Finding::GlossaryEntryIncomplete {
            term,
            term_blank,
            empty,
        } => match (term, term_blank, empty) {
            (_, _, true) => t!(
                l,
                "En tom rad i begrepslisten skrives ikke ut. Fyll inn begrep og definisjon, eller fjern raden.",
                "Ei tom rad i omgrepslista blir ikkje skriven ut. Fyll inn omgrep og definisjon, eller fjern rada.",
                "An empty row in the glossary is not printed. Fill in the term and the definition, or remove the row.",
            ),
            (_, true, false) => t!(
                l,
                "Begrep mangler: en definisjon uten begrep skrives ikke ut. Fyll inn begrepet, eller fjern raden.",
                "Omgrep manglar: ein definisjon utan omgrep blir ikkje skriven ut. Fyll inn omgrepet, eller fjern rada.",
                "Term missing: a definition without a term is not printed. Fill in the term, or remove the row.",
            ),
            (term, false, false) => {
                let term = term.as_deref().unwrap_or_default();
                t!(
                    l,
                    format!(
                        "Definisjon mangler: begrepet «{term}» skrives ikke ut uten definisjon. Fyll inn definisjonen, eller fjern raden."
                    ),
                    format!(
                        "Definisjon manglar: omgrepet «{term}» blir ikkje skrive ut utan definisjon. Fyll inn definisjonen, eller fjern rada."
                    ),
                    format!(
                        "Definition missing: the term “{term}” is not printed without a definition. Fill in the definition, or remove the row."
                    ),
                )
            }
        },
    }
}

/// After a warning marked as considered: why.
pub fn considered_because(reason: &str, l: Locale) -> String {
    t!(
        l,
        format!("vurdert: «{reason}»"),
        format!("vurdert: «{reason}»"),
        format!("considered: “{reason}”")
    )
}

/// How many warnings are marked as considered, after the open counts.
pub fn considered_count(n: usize, l: Locale) -> String {
    t!(
        l,
        format!("{n} vurdert"),
        format!("{n} vurdert"),
        format!("{n} considered")
    )
}

/// The print's check summary of the warnings marked as considered: each code, where, and the
/// reason. `marks` holds (code, the section's heading or none, reason).
pub fn considered_in_print(
    marks: &[(crate::check::Code, Option<String>, String)],
    l: Locale,
) -> String {
    let items: Vec<String> = marks
        .iter()
        .map(|(code, section, reason)| match section {
            Some(section) => format!("{code} ({section}): «{reason}»"),
            None => format!("{code}: «{reason}»"),
        })
        .collect();
    let n = marks.len();
    let list = items.join("; ");
    t!(
        l,
        format!(
            "Vurdert: {n} {} gjelder ikke eller er vurdert av partene: {list}",
            if n == 1 { "advarsel" } else { "advarsler" }
        ),
        format!(
            "Vurdert: {n} {} gjeld ikkje eller er vurdert av partane: {list}",
            if n == 1 { "åtvaring" } else { "åtvaringar" }
        ),
        format!(
            "Considered: {n} warning{} do{} not apply or {} weighed by the parties: {list}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "es" } else { "" },
            if n == 1 { "was" } else { "were" }
        ),
    )
}

/// The message of a file that could not be read.
pub fn load_problem(problem: &LoadProblem, l: Locale) -> String {
    match problem {
        LoadProblem::NotFound => t!(
            l,
            "Filen finnes ikke.",
            "Fila finst ikkje.",
            "The file does not exist."
        ),
        LoadProblem::IsDirectory => t!(
            l,
            "Dette er en mappe, ikke en fil. Velg en avtalefil (*.avtale.yaml).",
            "Dette er ei mappe, ikkje ei fil. Vel ei avtalefil (*.avtale.yaml).",
            "This is a folder, not a file. Choose an agreement file (*.avtale.yaml).",
        ),
        LoadProblem::Unreadable(detail) => t!(
            l,
            format!("Filen kan ikke leses ({detail})."),
            format!("Fila kan ikkje lesast ({detail})."),
            format!("The file cannot be read ({detail})."),
        ),
        LoadProblem::TooLarge { bytes, limit } => {
            let (size, limit) = (mebibytes(*bytes, l), mebibytes(*limit, l));
            t!(
                l,
                format!("Filen er for stor ({size}). Avtale leser filer på opptil {limit}."),
                format!("Fila er for stor ({size}). Avtale les filer på opptil {limit}."),
                format!("The file is too large ({size}). Avtale reads files of up to {limit}."),
            )
        }
        LoadProblem::NotUtf8 => t!(
            l,
            "Filen er ikke gyldig UTF-8-tekst. Lagre den som UTF-8, eller åpne riktig fil.",
            "Fila er ikkje gyldig UTF-8-tekst. Lagre ho som UTF-8, eller opne rett fil.",
            "The file is not valid UTF-8 text. Save it as UTF-8, or open the right file.",
        ),
        LoadProblem::Empty => t!(l, "Filen er tom.", "Fila er tom.", "The file is empty."),
        LoadProblem::NoFormatVersion => t!(
            l,
            "Filen starter ikke med formatversjon («format: 1»). Er dette en avtalefil fra Avtale?",
            "Fila byrjar ikkje med formatversjon («format: 1»). Er dette ei avtalefil frå Avtale?",
            "The file does not start with a format version (“format: 1”). Is this an Avtale agreement file?",
        ),
        LoadProblem::NewerFormat { found, supported } => t!(
            l,
            format!(
                "Filen er laget med en nyere versjon av Avtale (format {found}); denne versjonen leser format {supported}. Oppdater Avtale for å åpne den. Filen er ikke endret."
            ),
            format!(
                "Fila er laga med ein nyare versjon av Avtale (format {found}); denne versjonen les format {supported}. Oppdater Avtale for å opne ho. Fila er ikkje endra."
            ),
            format!(
                "The file was made by a newer version of Avtale (format {found}); this version reads format {supported}. Update Avtale to open it. The file has not been changed."
            ),
        ),
        LoadProblem::Yaml(problem) => yaml_problem(problem, l),
        LoadProblem::DuplicateSectionId(id) => t!(
            l,
            format!("To punkter har samme id «{id}». Hvert punkt må ha sin egen id."),
            format!("To punkt har same id «{id}». Kvart punkt må ha sin eigen id."),
            format!("Two sections have the same id “{id}”. Each section needs its own id."),
        ),
        LoadProblem::DuplicatePartyId(id) => t!(
            l,
            format!("To parter har samme id «{id}». Hver part må ha sin egen id."),
            format!("To partar har same id «{id}». Kvar part må ha sin eigen id."),
            format!("Two parties have the same id “{id}”. Each party needs its own id."),
        ),
        LoadProblem::BadId(id) => t!(
            l,
            format!(
                "Ugyldig id «{id}». En id kan bare ha bokstaver, sifre, bindestrek, understrek og punktum."
            ),
            format!(
                "Ugyldig id «{id}». Ein id kan berre ha bokstavar, siffer, bindestrek, understrek og punktum."
            ),
            format!(
                "Invalid id “{id}”. An id may only have letters, digits, hyphens, underscores and full stops."
            ),
        ),
        LoadProblem::SeveralClauseKinds(kinds) => {
            let list = join_list(kinds, l);
            t!(
                l,
                format!(
                    "Et punkt kan bare ha én type strukturert innhold, men dette har {list}. Del det i flere punkter."
                ),
                format!(
                    "Eit punkt kan berre ha éin type strukturert innhald, men dette har {list}. Del det i fleire punkt."
                ),
                format!(
                    "A section can hold only one kind of structured content, but this one has {list}. Split it into several sections."
                ),
            )
        }
        LoadProblem::MissingLanguage(lang) => {
            let name = match lang.as_str() {
                "nn" => t!(l, "nynorsk", "nynorsk", "Nynorsk"),
                _ => t!(l, "bokmål", "bokmål", "Bokmål"),
            };
            t!(
                l,
                format!("Malen mangler tittel, veiledning eller spørsmål på {name}."),
                format!("Malen manglar tittel, rettleiing eller spørsmål på {name}."),
                format!("The template lacks a title, guidance or questions in {name}."),
            )
        }
        LoadProblem::UnknownCheck(code) => t!(
            l,
            format!("Ukjent kontrollkode «{code}»."),
            format!("Ukjend kontrollkode «{code}»."),
            format!("Unknown check code “{code}”."),
        ),
        LoadProblem::UndeclaredParameter(name) => t!(
            l,
            format!("Plassholderen {{{{{name}}}}} er ikke deklarert som parameter i malen."),
            format!("Plasshaldaren {{{{{name}}}}} er ikkje deklarert som parameter i malen."),
            format!(
                "The placeholder {{{{{name}}}}} is not declared as a parameter of the template."
            ),
        ),
        LoadProblem::TemplateData(detail) => t!(
            l,
            format!("Dataene i malen passer ikke til typen ({detail})."),
            format!("Dataa i malen passar ikkje til typen ({detail})."),
            format!("The template's data does not fit its type ({detail})."),
        ),
        LoadProblem::UnknownTemplate(id) => t!(
            l,
            format!("Ukjent mal «{id}»."),
            format!("Ukjend mal «{id}»."),
            format!("Unknown template “{id}”."),
        ),
        LoadProblem::DuplicateTermId(id) => t!(
            l,
            format!("Begrepsbanken har to begreper med id «{id}»."),
            format!("Omgrepsbanken har to omgrep med id «{id}»."),
            format!("The term bank has two terms with the id “{id}”."),
        ),
        LoadProblem::DuplicateTerm(term) => t!(
            l,
            format!("«{term}» står under to begreper i begrepsbanken."),
            format!("«{term}» står under to omgrep i omgrepsbanken."),
            format!("“{term}” belongs to two terms in the term bank."),
        ),
        LoadProblem::IncompleteTerm(id) => t!(
            l,
            format!(
                "Begrepet «{id}» i begrepsbanken mangler begrep, definisjon eller kilde på bokmål eller nynorsk."
            ),
            format!(
                "Omgrepet «{id}» i omgrepsbanken manglar omgrep, definisjon eller kjelde på bokmål eller nynorsk."
            ),
            format!(
                "The term “{id}” in the term bank lacks its term, definition or source in Bokmål or Nynorsk."
            ),
        ),
    }
}

fn yaml_problem(problem: &YamlProblem, l: Locale) -> String {
    match problem {
        YamlProblem::UnknownField { field, expected } => {
            let list = expected.join(", ");
            t!(
                l,
                format!("Ukjent felt «{field}». Gyldige felt her: {list}."),
                format!("Ukjend felt «{field}». Gyldige felt her: {list}."),
                format!("Unknown field “{field}”. Valid fields here: {list}."),
            )
        }
        YamlProblem::MissingField(field) => t!(
            l,
            format!("Feltet «{field}» mangler."),
            format!("Feltet «{field}» manglar."),
            format!("The field “{field}” is missing."),
        ),
        YamlProblem::UnknownValue { value, expected } => {
            let list = expected.join(", ");
            t!(
                l,
                format!("Ukjent verdi «{value}». Gyldige verdier: {list}."),
                format!("Ukjend verdi «{value}». Gyldige verdiar: {list}."),
                format!("Unknown value “{value}”. Valid values: {list}."),
            )
        }
        YamlProblem::WrongType { found, expected } if found.is_empty() => {
            let expected = type_name(expected, l);
            t!(
                l,
                format!("Feil type: her skal det stå {expected}."),
                format!("Feil type: her skal det stå {expected}."),
                format!("Wrong type: {expected} belongs here."),
            )
        }
        YamlProblem::WrongType { found, expected } => {
            let (found, expected) = (type_name(found, l), type_name(expected, l));
            t!(
                l,
                format!("Feil type: fant {found}, ventet {expected}."),
                format!("Feil type: fann {found}, venta {expected}."),
                format!("Wrong type: found {found}, expected {expected}."),
            )
        }
        YamlProblem::BadDate(text) => bad_date(text, l),
        YamlProblem::BadTime(text) => t!(
            l,
            format!("Ugyldig tidspunkt «{text}». Skriv det som 2026-03-01T10:15:00+01:00."),
            format!("Ugyldig tidspunkt «{text}». Skriv det som 2026-03-01T10:15:00+01:00."),
            format!("Invalid time “{text}”. Write it as 2026-03-01T10:15:00+01:00."),
        ),
        YamlProblem::DuplicateKey(key) => t!(
            l,
            format!("Feltet «{key}» står to ganger."),
            format!("Feltet «{key}» står to gonger."),
            format!("The field “{key}” appears twice."),
        ),
        YamlProblem::TooComplex(_) => t!(
            l,
            "Filen er for kompleks til å leses trygt (for mange nivåer inni hverandre, for mange elementer eller for mange alias). Er den laget av Avtale?",
            "Fila er for kompleks til å lesast trygt (for mange nivå inni kvarandre, for mange element eller for mange alias). Er ho laga av Avtale?",
            "The file is too complex to read safely (nested too deeply, too many elements or too many aliases). Was it made by Avtale?",
        ),
        YamlProblem::Other(message) => t!(
            l,
            format!("Feil i YAML: {message}."),
            format!("Feil i YAML: {message}."),
            format!("YAML error: {message}."),
        ),
    }
}

/// Serde's English type descriptions, in the user's language.
fn type_name(description: &str, l: Locale) -> String {
    let d = description.trim();
    if let Some(rest) = d.strip_prefix("string ") {
        return t!(
            l,
            format!("teksten {rest}"),
            format!("teksten {rest}"),
            format!("the text {rest}")
        );
    }
    if let Some(rest) = d
        .strip_prefix("integer ")
        .or_else(|| d.strip_prefix("floating point "))
    {
        return t!(
            l,
            format!("tallet {rest}"),
            format!("talet {rest}"),
            format!("the number {rest}")
        );
    }
    if let Some(rest) = d.strip_prefix("boolean ") {
        return t!(
            l,
            format!("sannhetsverdien {rest}"),
            format!("sanningsverdien {rest}"),
            format!("the boolean {rest}")
        );
    }
    match d {
        "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "usize" | "an integer" => {
            t!(l, "et heltall", "eit heiltal", "a whole number")
        }
        "f64" | "f32" => t!(l, "et tall", "eit tal", "a number"),
        "a string" | "string" => t!(l, "tekst", "tekst", "text"),
        "a sequence" | "sequence" => t!(l, "en liste", "ei liste", "a list"),
        "a boolean" | "bool" => t!(l, "true eller false", "true eller false", "true or false"),
        "map" | "a map" => t!(l, "felt", "felt", "fields"),
        "unit value" | "null" => t!(l, "ingen verdi", "ingen verdi", "no value"),
        _ if d.starts_with("struct ") => t!(l, "felt", "felt", "fields"),
        _ if d.starts_with("enum ") || d.starts_with("variant") => {
            t!(
                l,
                "en av de gyldige verdiene",
                "ein av dei gyldige verdiane",
                "one of the valid values"
            )
        }
        _ if d.starts_with("a sequence") || d.starts_with("tuple") => {
            t!(l, "en liste", "ei liste", "a list")
        }
        other => other.to_owned(),
    }
}

fn mebibytes(bytes: u64, l: Locale) -> String {
    let value = format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0));
    match l {
        Locale::En => value,
        Locale::Nb | Locale::Nn => value.replace('.', ","),
    }
}

/// A field path as shown in error messages.
pub fn field_label(path: &str, _l: Locale) -> String {
    path.to_owned()
}

/// The message of a file that could not be saved.
pub fn save_failed(detail: &str, l: Locale) -> String {
    t!(
        l,
        format!("Kunne ikke lagre ({detail}). Den forrige versjonen av filen er beholdt."),
        format!("Kunne ikkje lagre ({detail}). Den førre versjonen av fila er teken vare på."),
        format!("Could not save ({detail}). The previous version of the file is kept."),
    )
}

/// The window title: the open agreement's title (after a dot while there are unsaved changes)
/// and the app's name; the app's name alone when no agreement is open.
pub fn window_title(title: Option<&str>, unsaved: bool, _l: Locale) -> String {
    let mark = if unsaved { "● " } else { "" };
    match title {
        Some(title) => format!("{mark}{title} — Avtale"),
        None => "Avtale".to_owned(),
    }
}

/// The message of a revision that restores an old one.
pub fn restored_revision(n: u32, l: Locale) -> String {
    t!(
        l,
        format!("Hentet fram revisjon {n}"),
        format!("Henta fram revisjon {n}"),
        format!("Restored revision {n}"),
    )
}

/// An export (PDF, calendar) whose chosen file is the open agreement's own file.
pub fn export_over_agreement(l: Locale) -> String {
    t!(
        l,
        "Ikke lagret: filen du valgte er selve avtalefilen. Velg et annet filnavn for eksporten.",
        "Ikkje lagra: fila du valde er sjølve avtalefila. Vel eit anna filnamn for eksporten.",
        "Not saved: the file you chose is the agreement file itself. Choose another file name for the export.",
    )
}

/// A command that needs an open agreement, when none is open.
pub fn no_open_agreement(l: Locale) -> String {
    t!(
        l,
        "Ingen avtale er åpen.",
        "Ingen avtale er open.",
        "No agreement is open.",
    )
}

/// A save refused because the file on disk holds revisions the open agreement lacks.
pub fn history_would_be_lost(on_disk: u32, kept: u32, l: Locale) -> String {
    let lost = on_disk.saturating_sub(kept);
    t!(
        l,
        format!(
            "Ikke lagret: filen på disken har {on_disk} revisjoner, og {lost} av dem mangler i avtalen du har åpen (lagret fra et annet vindu, redigert for hånd eller en eldre kopi). Å lagre nå ville fjerne dem. Filen er uendret; bruk «Lagre som» for å lagre din versjon i en ny fil."
        ),
        format!(
            "Ikkje lagra: fila på disken har {on_disk} revisjonar, og {lost} av dei manglar i avtalen du har open (lagra frå eit anna vindauge, redigert for hand eller ein eldre kopi). Å lagre no ville fjerne dei. Fila er uendra; bruk «Lagre som» for å lagre din versjon i ei ny fil."
        ),
        format!(
            "Not saved: the file on disk has {on_disk} revisions, and {lost} of them are missing from the agreement you have open (saved from another window, edited by hand, or an older copy). Saving now would remove them. The file is unchanged; use “Save as” to save your version in a new file."
        ),
    )
}

/// A save that failed because the disk is full.
pub fn disk_full(l: Locale) -> String {
    t!(
        l,
        "Kunne ikke lagre: disken er full. Den forrige versjonen av filen er beholdt. Frigjør plass, eller lagre et annet sted med «Lagre som».",
        "Kunne ikkje lagre: disken er full. Den førre versjonen av fila er teken vare på. Frigjer plass, eller lagre ein annan stad med «Lagre som».",
        "Could not save: the disk is full. The previous version of the file is kept. Free some space, or save elsewhere with “Save as”.",
    )
}

/// An agreement file another window or program has open for writing.
pub fn file_locked(pid: Option<u32>, l: Locale) -> String {
    let who = pid.map(|p| format!(" (prosess {p})")).unwrap_or_default();
    let who_en = pid.map(|p| format!(" (process {p})")).unwrap_or_default();
    t!(
        l,
        format!(
            "Filen er åpen for redigering i et annet vindu eller program{who}. Lukk den der først, så ingen skriver over den andres endringer."
        ),
        format!(
            "Fila er open for redigering i eit anna vindauge eller program{who}. Lukk ho der først, så ingen skriv over endringane til den andre."
        ),
        format!(
            "The file is open for editing in another window or program{who_en}. Close it there first, so nobody overwrites the other's changes."
        ),
    )
}

/// A lock file that could not be made.
pub fn lock_failed(detail: &str, l: Locale) -> String {
    t!(
        l,
        format!("Kunne ikke låse filen for redigering ({detail})."),
        format!("Kunne ikkje låse fila for redigering ({detail})."),
        format!("Could not lock the file for editing ({detail})."),
    )
}

/// A cadence in words: "4 ganger i året", "hver 6. uke", "i mars og september", "ved behov: …".
pub fn cadence(cadence: &Cadence, l: Locale) -> String {
    match cadence {
        Cadence::PerYear(1) => t!(l, "én gang i året", "éin gong i året", "once a year"),
        Cadence::PerYear(n) => t!(
            l,
            format!("{n} ganger i året"),
            format!("{n} gonger i året"),
            format!("{n} times a year")
        ),
        Cadence::PerMonth(1) => t!(l, "én gang i måneden", "éin gong i månaden", "once a month"),
        Cadence::PerMonth(n) => {
            t!(
                l,
                format!("{n} ganger i måneden"),
                format!("{n} gonger i månaden"),
                format!("{n} times a month")
            )
        }
        Cadence::PerWeek(1) => t!(l, "én gang i uken", "éin gong i veka", "once a week"),
        Cadence::PerWeek(n) => t!(
            l,
            format!("{n} ganger i uken"),
            format!("{n} gonger i veka"),
            format!("{n} times a week")
        ),
        Cadence::EveryWeeks(1) => t!(l, "hver uke", "kvar veke", "every week"),
        Cadence::EveryWeeks(2) => t!(l, "annenhver uke", "annakvar veke", "every other week"),
        Cadence::EveryWeeks(n) => t!(
            l,
            format!("hver {n}. uke"),
            format!("kvar {n}. veke"),
            format!("every {n} weeks")
        ),
        Cadence::Months(months) if months.is_empty() => {
            t!(
                l,
                "i måneder som ikke er valgt",
                "i månader som ikkje er valde",
                "in months not yet chosen"
            )
        }
        Cadence::Months(months) => {
            let names: Vec<String> = months
                .iter()
                .map(|m| match l {
                    Locale::En => english_month(*m).to_owned(),
                    Locale::Nb | Locale::Nn => month_name(*m).to_owned(),
                })
                .collect();
            let list = join_list(&names, l);
            t!(
                l,
                format!("i {list}"),
                format!("i {list}"),
                format!("in {list}")
            )
        }
        Cadence::AsNeeded(trigger) if trigger.trim().is_empty() => {
            t!(l, "ved behov", "ved behov", "as needed")
        }
        Cadence::AsNeeded(trigger) => {
            t!(
                l,
                format!("ved behov: {trigger}"),
                format!("ved behov: {trigger}"),
                format!("as needed: {trigger}")
            )
        }
    }
}

fn english_month(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// After the cadence of a body held in several regions: each region meets that often.
pub fn in_each_region(l: Locale) -> String {
    t!(l, "i hver region", "i kvar region", "in each region")
}

/// "a, b og c".
pub fn join_list(items: &[String], l: Locale) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let and = t!(l, "og", "og", "and");
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

/// The name of an agreement kind.
pub fn kind(kind: AgreementKind, l: Locale) -> String {
    match kind {
        AgreementKind::Hovedavtale => t!(l, "Hovedavtale", "Hovudavtale", "Main agreement"),
        AgreementKind::Underavtale => t!(l, "Underavtale", "Underavtale", "Sub-agreement"),
        AgreementKind::Handlingsplan => t!(l, "Handlingsplan", "Handlingsplan", "Action plan"),
        AgreementKind::Partnerskapsavtale => t!(
            l,
            "Partnerskapsavtale",
            "Partnarskapsavtale",
            "Partnership agreement"
        ),
    }
}

/// The name of a status.
pub fn status(status: Status, l: Locale) -> String {
    match status {
        Status::Utkast => t!(l, "Utkast", "Utkast", "Draft"),
        Status::TilGodkjenning => t!(l, "Til godkjenning", "Til godkjenning", "For approval"),
        Status::Godkjent => t!(l, "Godkjent", "Godkjend", "Approved"),
        Status::Signert => t!(l, "Signert", "Signert", "Signed"),
        Status::Gjeldende => t!(l, "Gjeldende", "Gjeldande", "In force"),
        Status::Utlopt => t!(l, "Utløpt", "Utgått", "Expired"),
    }
}

/// The name of a party kind.
pub fn party_kind(kind: PartyKind, l: Locale) -> String {
    match kind {
        PartyKind::NavFylke => t!(l, "Nav fylke", "Nav fylke", "Nav county office"),
        PartyKind::NavKontor => t!(l, "Nav-kontor", "Nav-kontor", "Nav office"),
        PartyKind::Fylkeskommune => t!(l, "Fylkeskommune", "Fylkeskommune", "County authority"),
        PartyKind::Skole => t!(l, "Skole", "Skule", "School"),
        PartyKind::Kommune => t!(l, "Kommune", "Kommune", "Municipality"),
        PartyKind::Ks => t!(l, "KS", "KS", "KS"),
        PartyKind::Annen => t!(l, "Annen", "Annan", "Other"),
    }
}

/// The name of a meeting level.
pub fn level(level: Level, l: Locale) -> String {
    match level {
        Level::Strategisk => t!(l, "Strategisk", "Strategisk", "Strategic"),
        Level::Operativ => t!(l, "Operativ", "Operativ", "Operative"),
    }
}

/// The name of a template category.
pub fn category(category: Category, l: Locale) -> String {
    match category {
        Category::Eget => t!(l, "Eget punkt", "Eige punkt", "Your own section"),
        Category::Grunnlag => t!(l, "Grunnlag", "Grunnlag", "Foundation"),
        Category::MalgruppeOgMal => t!(
            l,
            "Målgruppe og mål",
            "Målgruppe og mål",
            "Target groups and goals"
        ),
        Category::Ansvar => t!(l, "Ansvar", "Ansvar", "Responsibility"),
        Category::Samarbeid => t!(l, "Samarbeid", "Samarbeid", "Cooperation"),
        Category::Informasjon => t!(l, "Informasjon", "Informasjon", "Information"),
        Category::Okonomi => t!(l, "Økonomi", "Økonomi", "Finances"),
        Category::Oppfolging => t!(l, "Oppfølging", "Oppfølging", "Follow-up"),
        Category::Avslutning => t!(l, "Avslutning", "Avslutning", "Closing"),
    }
}

/// Words and headings of the rendered agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs, reason = "each variant is the label it names")]
pub enum Label {
    Kind,
    County,
    Period,
    Status,
    Parties,
    Party,
    Unit,
    Signatory,
    Contact,
    Deputy,
    Role,
    Task,
    Responsible,
    Deadline,
    MeetingBody,
    Level,
    Members,
    Chair,
    Cadence,
    Minutes,
    Agenda,
    Purpose,
    Deliverables,
    Authority,
    ReportsTo,
    Leader,
    Area,
    Lead,
    Support,
    Handover,
    Step,
    TargetGroup,
    Definition,
    Age,
    Criteria,
    Goal,
    Indicator,
    Target,
    Measure,
    Start,
    Contribution,
    Amount,
    Report,
    From,
    To,
    NextEvaluation,
    EvaluationResponsible,
    Questions,
    Notice,
    PlaceAndDate,
    Glossary,
    Term,
    PersonalData,
    LegalBasis,
    Consent,
    GivenBy,
    Written,
    Scope,
    Withdrawal,
    Renewal,
    Reference,
    Phone,
    Email,
    Yes,
    No,
    Years,
    Months,
    UntilFurtherNotice,
    AlternatingBetween,
    Municipality,
    BuildsOn,
    Replaces,
    RelatedTo,
    MakesConcrete,
    SubAgreements,
    ActionPlans,
    Regions,
}

/// A label in the agreement's language.
pub fn label(label: Label, lang: Lang) -> &'static str {
    let (nb, nn) = match label {
        Label::Kind => ("Avtaletype", "Avtaletype"),
        Label::County => ("Fylke", "Fylke"),
        Label::Municipality => ("Kommune", "Kommune"),
        Label::Period => ("Periode", "Periode"),
        Label::Status => ("Status", "Status"),
        Label::Parties => ("Parter", "Partar"),
        Label::Party => ("Part", "Part"),
        Label::Unit => ("Enhet", "Eining"),
        Label::Signatory => ("Signeres av", "Blir signert av"),
        Label::Contact => ("Kontaktperson", "Kontaktperson"),
        Label::Deputy => ("Stedfortreder", "Stadfortredar"),
        Label::Role => ("Rolle", "Rolle"),
        Label::Task => ("Oppgave", "Oppgåve"),
        Label::Responsible => ("Ansvarlig", "Ansvarleg"),
        Label::Deadline => ("Frist", "Frist"),
        Label::MeetingBody => ("Møtearena", "Møtearena"),
        Label::Level => ("Nivå", "Nivå"),
        Label::Members => ("Deltakere", "Deltakarar"),
        Label::Chair => ("Møteleder", "Møteleiar"),
        Label::Cadence => ("Hyppighet", "Hyppigheit"),
        Label::Minutes => ("Referat", "Referat"),
        Label::Agenda => ("Faste saker", "Faste saker"),
        Label::Purpose => ("Formål", "Føremål"),
        Label::Deliverables => ("Leveranser", "Leveransar"),
        Label::Authority => ("Myndighet", "Mynde"),
        Label::ReportsTo => ("Rapporterer til", "Rapporterer til"),
        Label::Leader => ("Leder", "Leiar"),
        Label::Area => ("Område", "Område"),
        Label::Lead => ("Hovedansvar", "Hovudansvar"),
        Label::Support => ("Bidrar", "Bidreg"),
        Label::Handover => ("Overgang", "Overgang"),
        Label::Step => ("Steg", "Steg"),
        Label::TargetGroup => ("Målgruppe", "Målgruppe"),
        Label::Definition => ("Definisjon", "Definisjon"),
        Label::Age => ("Alder", "Alder"),
        Label::Criteria => ("Kriterier", "Kriterium"),
        Label::Goal => ("Mål", "Mål"),
        Label::Indicator => ("Indikator", "Indikator"),
        Label::Target => ("Målverdi", "Målverdi"),
        Label::Measure => ("Tiltak", "Tiltak"),
        Label::Start => ("Start", "Start"),
        Label::Contribution => ("Bidrag", "Bidrag"),
        Label::Amount => ("Beløp per år", "Beløp per år"),
        Label::Report => ("Rapport", "Rapport"),
        Label::From => ("Fra", "Frå"),
        Label::To => ("Til", "Til"),
        Label::NextEvaluation => ("Neste evaluering", "Neste evaluering"),
        Label::EvaluationResponsible => ("Ansvar for evalueringen", "Ansvar for evalueringa"),
        Label::Questions => (
            "Spørsmål evalueringen skal svare på",
            "Spørsmål evalueringa skal svare på",
        ),
        Label::Notice => ("Oppsigelsesfrist", "Oppseiingsfrist"),
        Label::PlaceAndDate => ("Sted og dato", "Stad og dato"),
        Label::Glossary => ("Begreper", "Omgrep"),
        Label::Term => ("Begrep", "Omgrep"),
        Label::PersonalData => (
            "Deler opplysninger om enkeltpersoner",
            "Deler opplysningar om enkeltpersonar",
        ),
        Label::LegalBasis => ("Rettslig grunnlag", "Rettsleg grunnlag"),
        Label::Consent => ("Samtykke", "Samtykke"),
        Label::GivenBy => ("Gis av", "Blir gitt av"),
        Label::Written => ("Skriftlig", "Skriftleg"),
        Label::Scope => ("Omfang", "Omfang"),
        Label::Withdrawal => ("Tilbaketrekking", "Tilbaketrekking"),
        Label::Renewal => ("Fornyelse", "Fornying"),
        Label::Reference => ("Referanse", "Referanse"),
        Label::Phone => ("Telefon", "Telefon"),
        Label::Email => ("E-post", "E-post"),
        Label::Yes => ("Ja", "Ja"),
        Label::No => ("Nei", "Nei"),
        Label::Years => ("år", "år"),
        Label::Months => ("måneder", "månader"),
        Label::UntilFurtherNotice => ("inntil videre", "inntil vidare"),
        Label::AlternatingBetween => ("på omgang mellom", "på omgang mellom"),
        Label::BuildsOn => ("Bygger på", "Byggjer på"),
        Label::Replaces => ("Erstatter", "Erstattar"),
        Label::RelatedTo => ("Ses sammen med", "Blir sett saman med"),
        Label::MakesConcrete => ("Konkretiserer", "Konkretiserer"),
        Label::SubAgreements => ("Underavtaler", "Underavtalar"),
        Label::ActionPlans => ("Handlingsplaner", "Handlingsplanar"),
        Label::Regions => ("Holdes i", "Blir halde i"),
    };
    match lang {
        Lang::Nb => nb,
        Lang::Nn => nn,
    }
}

/// The renewal terms in words.
pub fn renewal(automatic: bool, years: Option<u32>, lang: Lang) -> String {
    let l = Locale::from(lang);
    match (automatic, years) {
        (true, Some(years)) => t!(
            l,
            format!(
                "Avtalen fornyes automatisk med {years} år om gangen hvis ingen part sier den opp."
            ),
            format!(
                "Avtalen blir fornya automatisk med {years} år om gongen dersom ingen part seier han opp."
            ),
            format!(
                "The agreement renews itself for {years} years at a time unless a party gives notice."
            ),
        ),
        (true, None) => t!(
            l,
            "Avtalen fornyes automatisk hvis ingen part sier den opp.",
            "Avtalen blir fornya automatisk dersom ingen part seier han opp.",
            "The agreement renews itself unless a party gives notice.",
        ),
        (false, _) => t!(
            l,
            "Avtalen fornyes bare etter ny avtale mellom partene.",
            "Avtalen blir berre fornya etter ny avtale mellom partane.",
            "The agreement is renewed only by a new agreement between the parties.",
        ),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why a history's chain does not hold, naming the revision.
pub fn chain_error(err: &crate::history::ChainError, l: Locale) -> String {
    use crate::history::ChainProblem;
    let n = err.revision;
    match &err.problem {
        ChainProblem::OutOfOrder { expected } => t!(
            l,
            format!(
                "Historikken er endret: revisjon {n} står der revisjon {expected} skulle vært. En revisjon er fjernet eller flyttet."
            ),
            format!(
                "Historikken er endra: revisjon {n} står der revisjon {expected} skulle vore. Ein revisjon er fjerna eller flytta."
            ),
            format!(
                "The history has been altered: revision {n} stands where revision {expected} belongs. A revision was removed or moved."
            ),
        ),
        ChainProblem::WrongParent => t!(
            l,
            format!(
                "Historikken er endret: revisjon {n} viser ikke til revisjonen før den. En revisjon er fjernet, flyttet eller byttet ut."
            ),
            format!(
                "Historikken er endra: revisjon {n} viser ikkje til revisjonen før han. Ein revisjon er fjerna, flytta eller bytt ut."
            ),
            format!(
                "The history has been altered: revision {n} does not refer to the revision before it. A revision was removed, moved or replaced."
            ),
        ),
        ChainProblem::Edited => t!(
            l,
            format!(
                "Historikken er endret: innholdet i revisjon {n} er endret etter at den ble lagret."
            ),
            format!(
                "Historikken er endra: innhaldet i revisjon {n} er endra etter at han blei lagra."
            ),
            format!(
                "The history has been altered: the content of revision {n} was changed after it was saved."
            ),
        ),
        ChainProblem::MissingSection(key) => t!(
            l,
            format!("Historikken er skadet: et punkt i revisjon {n} mangler i filen ({key})."),
            format!("Historikken er skadd: eit punkt i revisjon {n} manglar i fila ({key})."),
            format!(
                "The history is damaged: a section of revision {n} is missing from the file ({key})."
            ),
        ),
        ChainProblem::UnknownScheme(scheme) => t!(
            l,
            format!(
                "Revisjon {n} er lagret med en nyere versjon av Avtale (kontrollsum etter metode {scheme}), og kan ikke kontrolleres med denne. Oppdater Avtale."
            ),
            format!(
                "Revisjon {n} er lagra med ein nyare versjon av Avtale (kontrollsum etter metode {scheme}), og kan ikkje kontrollerast med denne. Oppdater Avtale."
            ),
            format!(
                "Revision {n} was saved by a newer version of Avtale (hash scheme {scheme}) and cannot be checked with this one. Update Avtale."
            ),
        ),
    }
}

/// Why a commit or restore was refused.
pub fn workflow_error(err: &crate::workflow::WorkflowError, l: Locale) -> String {
    use crate::workflow::WorkflowError;
    match err {
        WorkflowError::Transition { from, to } => {
            let (from, to) = (status(*from, l), status(*to, l));
            t!(
                l,
                format!(
                    "Statusen kan ikke gå fra «{from}» til «{to}». Rekkefølgen er utkast, til godkjenning, godkjent, signert, gjeldende, utløpt; en avtale kan alltid gå tilbake til utkast."
                ),
                format!(
                    "Statusen kan ikkje gå frå «{from}» til «{to}». Rekkjefølgja er utkast, til godkjenning, godkjend, signert, gjeldande, utgått; ein avtale kan alltid gå tilbake til utkast."
                ),
                format!(
                    "The status cannot go from “{from}” to “{to}”. The order is draft, for approval, approved, signed, in force, expired; an agreement can always go back to draft."
                ),
            )
        }
        WorkflowError::NoSuchRevision(n) => t!(
            l,
            format!("Det finnes ingen revisjon {n}."),
            format!("Det finst ingen revisjon {n}."),
            format!("There is no revision {n}."),
        ),
        WorkflowError::NothingToCommit => t!(
            l,
            "Ingenting er endret siden forrige revisjon. Gi en ny status eller et navn for å lagre en revisjon likevel.",
            "Ingenting er endra sidan førre revisjon. Gi ein ny status eller eit namn for å lagre ein revisjon likevel.",
            "Nothing has changed since the last revision. Give a new status or a name to save a revision anyway.",
        ),
        WorkflowError::NotCommitted => t!(
            l,
            "Avtalen har ingen revisjon ennå. Lagre en revisjon først, så kan fornyelsen sammenlignes med den.",
            "Avtalen har ingen revisjon enno. Lagre ein revisjon først, så kan fornyinga samanliknast med han.",
            "The agreement has no revision yet. Save a revision first, so the renewal can be compared with it.",
        ),
        WorkflowError::UncommittedChanges => t!(
            l,
            "Avtalen har endringer som ikke er lagret som revisjon. Lagre dem som en revisjon eller forkast dem før du fornyer.",
            "Avtalen har endringar som ikkje er lagra som revisjon. Lagre dei som ein revisjon eller forkast dei før du fornyar.",
            "The agreement has changes not saved as a revision. Save them as a revision or discard them before renewing.",
        ),
        WorkflowError::OpenEnded => t!(
            l,
            "Avtalen har ingen sluttdato, så det finnes ingen ny periode å fornye til. Sett en sluttdato under «Periode».",
            "Avtalen har ingen sluttdato, så det finst ingen ny periode å fornye til. Set ein sluttdato under «Periode».",
            "The agreement has no end date, so there is no next period to renew into. Set an end date under “Period”.",
        ),
        WorkflowError::OpenErrors { status: to, errors } => {
            let (to, n) = (status(*to, l), errors.len());
            let errors_nb = if n == 1 {
                "1 feil".to_owned()
            } else {
                format!("{n} feil")
            };
            t!(
                l,
                format!(
                    "Avtalen kan ikke få statusen «{to}»: kontrollen finner {errors_nb}. Rett feilene først, eller godta dem med en begrunnelse som lagres i revisjonen."
                ),
                format!(
                    "Avtalen kan ikkje få statusen «{to}»: kontrollen finn {errors_nb}. Rett feila først, eller godta dei med ei grunngjeving som blir lagra i revisjonen."
                ),
                format!(
                    "The agreement cannot take the status “{to}”: the checks find {n} error{}. Fix them first, or accept them with a reason that is saved in the revision.",
                    if n == 1 { "" } else { "s" }
                ),
            )
        }
        WorkflowError::ReasonWithoutText => t!(
            l,
            "Grunnen «annet» trenger en forklaring: skriv hva grunnen er.",
            "Grunnen «anna» treng ei forklaring: skriv kva grunnen er.",
            "The reason “other” needs an explanation: say what the reason is.",
        ),
        WorkflowError::RegisterStatus(_) => t!(
            l,
            "En avtale kan bare registreres som signert eller gjeldende.",
            "Ein avtale kan berre registrerast som signert eller gjeldande.",
            "An agreement can only be registered as signed or in force.",
        ),
        WorkflowError::SignedBefore => t!(
            l,
            "Avtalen er signert i Avtale før, og kan ikke registreres som signert i ett steg. Statusen går ett steg om gangen: utkast, til godkjenning, godkjent, signert.",
            "Avtalen er signert i Avtale før, og kan ikkje registrerast som signert i eitt steg. Statusen går eitt steg om gongen: utkast, til godkjenning, godkjend, signert.",
            "The agreement has been signed in Avtale before and cannot be registered as signed in one step. The status moves one step at a time: draft, for approval, approved, signed.",
        ),
        WorkflowError::NoSignatures => t!(
            l,
            "Avtalen har ikke noe punkt med underskrifter å føre signeringen inn i. Legg til punktet «Underskrifter» først.",
            "Avtalen har ikkje noko punkt med underskrifter å føre signeringa inn i. Legg til punktet «Underskrifter» først.",
            "The agreement has no signatures section to record the signing in. Add the “Signatures” section first.",
        ),
        WorkflowError::SigningMissing(party) => t!(
            l,
            format!("Oppgi dato og sted for når {party} signerte."),
            format!("Oppgi dato og stad for når {party} signerte."),
            format!("Give the date and place {party} signed."),
        ),
        WorkflowError::DoesNotSign(party) => t!(
            l,
            format!("«{party}» er ikke blant partene som signerer avtalen."),
            format!("«{party}» er ikkje blant partane som signerer avtalen."),
            format!("“{party}” is not among the parties that sign the agreement."),
        ),
    }
}

/// The name of a kind of reason a revision is made for.
pub fn reason_kind(kind: crate::history::ReasonKind, l: Locale) -> String {
    use crate::history::ReasonKind;
    match kind {
        ReasonKind::Evaluering => t!(l, "Evaluering", "Evaluering", "Evaluation"),
        ReasonKind::Omorganisering => t!(l, "Omorganisering", "Omorganisering", "Reorganisation"),
        ReasonKind::NyeRegler => t!(
            l,
            "Ny lov eller nye regler",
            "Ny lov eller nye reglar",
            "New law or new rules"
        ),
        ReasonKind::PeriodensSlutt => t!(
            l,
            "Perioden er slutt",
            "Perioden er slutt",
            "End of the period"
        ),
        ReasonKind::Annet => t!(l, "Annet", "Anna", "Other"),
    }
}

/// A revision's reason as a line: "Evaluering: etter evalueringen våren 2026".
pub fn revision_reason(reason: &crate::history::RevisionReason, l: Locale) -> String {
    let kind = reason_kind(reason.kind, l);
    match reason.text.as_deref() {
        Some(text) => format!("{kind}: {text}"),
        None => kind,
    }
}

/// What a revision records besides its message, a line each: why it was made, that it was
/// registered, the errors it accepted. For the history in the app and `avtale log`.
pub fn revision_notes(revision: &crate::history::Revision, l: Locale) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(reason) = &revision.reason {
        let label = t!(l, "Grunn", "Grunn", "Reason");
        notes.push(format!("{label}: {}", revision_reason(reason, l)));
    }
    if revision.registered {
        notes.push(registered_note(l));
    }
    if let Some(accepted) = &revision.accepted_errors {
        notes.push(accepted_errors(accepted, revision.meta.status, l));
    }
    notes
}

/// The message of a revision that registers an agreement signed before it reached Avtale.
pub fn registered_revision(to: Status, l: Locale) -> String {
    let to = lower_first(&status(to, l));
    t!(
        l,
        format!("Registrert som {to}: avtalen ble signert før den kom inn i Avtale"),
        format!("Registrert som {to}: avtalen blei signert før han kom inn i Avtale"),
        format!("Registered as {to}: the agreement was signed before it reached Avtale"),
    )
}

/// What the history says of a registered revision.
pub fn registered_note(l: Locale) -> String {
    t!(
        l,
        "Registrert, ikke ført gjennom godkjenningen i Avtale",
        "Registrert, ikkje ført gjennom godkjenninga i Avtale",
        "Registered, not taken through the approval in Avtale",
    )
}

/// The check summary of a revision that accepted errors: in the PDF and the history.
pub fn accepted_errors(accepted: &crate::history::AcceptedErrors, to: Status, l: Locale) -> String {
    let to = status(to, l);
    let n = accepted.count;
    let codes = accepted
        .codes
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let reason = &accepted.reason;
    t!(
        l,
        format!(
            "Kontroll: {n} feil ({codes}) var ikke rettet da avtalen fikk statusen «{to}». Godtatt med begrunnelsen: «{reason}»."
        ),
        format!(
            "Kontroll: {n} feil ({codes}) var ikkje retta då avtalen fekk statusen «{to}». Godteke med grunngjevinga: «{reason}»."
        ),
        format!(
            "Checks: {n} error{} ({codes}) not fixed when the agreement took the status “{to}”. Accepted because: “{reason}”.",
            if n == 1 { "" } else { "s" }
        ),
    )
}

/// Why a final print is refused: the agreement has errors no revision accepted.
pub fn print_refused(errors: usize, l: Locale) -> String {
    let errors_nb = if errors == 1 {
        "1 feil".to_owned()
    } else {
        format!("{errors} feil")
    };
    t!(
        l,
        format!(
            "Avtalen har {errors_nb} og kan bare skrives ut som utkast. Rett feilene, eller lagre en revisjon som godtar dem med en begrunnelse."
        ),
        format!(
            "Avtalen har {errors_nb} og kan berre skrivast ut som utkast. Rett feila, eller lagre ein revisjon som godtek dei med ei grunngjeving."
        ),
        format!(
            "The agreement has {errors} error{} and can only be printed as a draft. Fix them, or save a revision that accepts them with a reason.",
            if errors == 1 { "" } else { "s" }
        ),
    )
}

/// How the command line's `--signed` is written, when it was not.
pub fn signed_syntax(text: &str, l: Locale) -> String {
    t!(
        l,
        format!(
            "«{text}»: skriv --signed PART=DATO,STED, for eksempel --signed nav=2021-03-01,Bergen"
        ),
        format!(
            "«{text}»: skriv --signed PART=DATO,STAD, til dømes --signed nav=2021-03-01,Bergen"
        ),
        format!(
            "“{text}”: write --signed PARTY=DATE,PLACE, for example --signed nav=2021-03-01,Bergen"
        ),
    )
}

/// How to go ahead despite the errors on the command line.
pub fn accept_errors_hint(l: Locale) -> String {
    t!(
        l,
        "Rett feilene (avtale check), eller godta dem med --accept-errors \"BEGRUNNELSE\".",
        "Rett feila (avtale check), eller godta dei med --accept-errors \"GRUNNGJEVING\".",
        "Fix the errors (avtale check), or accept them with --accept-errors \"REASON\".",
    )
}

/// How to print anyway on the command line, after a refused final print.
pub fn print_refused_hint(frozen: bool, l: Locale) -> String {
    if frozen {
        t!(
            l,
            "Rett feilene og lagre en ny revisjon, eller godta dem: avtale commit FIL --name NAVN --accept-errors \"BEGRUNNELSE\". Utkast: --draft.",
            "Rett feila og lagre ein ny revisjon, eller godta dei: avtale commit FIL --name NAMN --accept-errors \"GRUNNGJEVING\". Utkast: --draft.",
            "Fix the errors and save a new revision, or accept them: avtale commit FILE --name NAME --accept-errors \"REASON\". A draft: --draft.",
        )
    } else {
        t!(
            l,
            "Skriv ut et utkast med --draft, eller rett feilene (avtale check).",
            "Skriv ut eit utkast med --draft, eller rett feila (avtale check).",
            "Print a draft with --draft, or fix the errors (avtale check).",
        )
    }
}

/// A signature block's place and date line after its label: "Bergen, 1. mars 2021", with
/// `blank` (a line to write on) for what is not known yet ("Bergen, ____"), or `blank` alone.
pub fn place_and_date(place: &str, date: &str, blank: &str) -> String {
    match (place.is_empty(), date.is_empty()) {
        (true, true) => blank.to_owned(),
        (false, true) => format!("{place}, {blank}"),
        (true, false) => format!("{blank}, {date}"),
        (false, false) => format!("{place}, {date}"),
    }
}

/// The message of the revision a renewal records: "Fornyet for perioden 1. januar 2029 til
/// 31. desember 2030".
pub fn renewed_revision(period: &crate::agreement::Period, l: Locale) -> String {
    let from = date_words(period.from, l);
    let to = period.to.map(|d| date_words(d, l)).unwrap_or_default();
    t!(
        l,
        format!("Fornyet for perioden {from} til {to}"),
        format!("Fornya for perioden {from} til {to}"),
        format!("Renewed for the period {from} to {to}"),
    )
}

/// A date that is not written as the file writes dates (in the file or on the command line).
pub fn bad_date(text: &str, l: Locale) -> String {
    t!(
        l,
        format!("Ugyldig dato «{text}». Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-01."),
        format!("Ugyldig dato «{text}». Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2026-03-01."),
        format!("Invalid date “{text}”. Write it as YYYY-MM-DD, for example 2026-03-01."),
    )
}

/// Why the period could not be moved.
pub fn move_error(err: &crate::renew::MoveError, l: Locale) -> String {
    use crate::renew::MoveError;
    match err {
        MoveError::EndsBeforeStart { from, to } => {
            let (from, to) = (date_words(*from, l), date_words(*to, l));
            t!(
                l,
                format!(
                    "Perioden {from} til {to} slutter før den begynner. Sluttdatoen må være etter startdatoen."
                ),
                format!(
                    "Perioden {from} til {to} sluttar før han byrjar. Sluttdatoen må vere etter startdatoen."
                ),
                format!(
                    "The period {from} to {to} ends before it starts. The end date must come after the start date."
                ),
            )
        }
        MoveError::Frozen(s) => {
            let s = status(*s, l);
            t!(
                l,
                format!(
                    "Avtalen har status «{s}», og teksten i en signert avtale endres ikke. Forny avtalen for å starte neste periode, eller lagre en revisjon med status utkast før du flytter perioden."
                ),
                format!(
                    "Avtalen har status «{s}», og teksten i ein signert avtale blir ikkje endra. Forny avtalen for å starte neste periode, eller lagre ein revisjon med status utkast før du flyttar perioden."
                ),
                format!(
                    "The agreement has the status “{s}”, and the text of a signed agreement is not changed. Renew the agreement to start the next period, or save a revision with the status draft before moving the period."
                ),
            )
        }
    }
}

/// How far dates move: "6 år tilbake", "3 måneder fram", "10 dager fram"; "0 dager" when they
/// stay.
pub fn step_words(step: crate::renew::Step, l: Locale) -> String {
    use crate::renew::Step;
    let (amount, back) = match step {
        Step::Months(m) => {
            let n = m.unsigned_abs();
            let amount = if n % 12 == 0 && n > 0 {
                let years = n / 12;
                t!(
                    l,
                    format!("{years} år"),
                    format!("{years} år"),
                    plural_en(years, "year")
                )
            } else if n == 1 {
                t!(l, "1 måned", "1 månad", "1 month")
            } else {
                t!(
                    l,
                    format!("{n} måneder"),
                    format!("{n} månader"),
                    format!("{n} months")
                )
            };
            (amount, m < 0)
        }
        Step::Days(d) => {
            let n = d.unsigned_abs();
            let amount = if n == 1 {
                t!(l, "1 dag", "1 dag", "1 day")
            } else {
                t!(
                    l,
                    format!("{n} dager"),
                    format!("{n} dagar"),
                    format!("{n} days")
                )
            };
            (amount, d < 0)
        }
    };
    if step.is_zero() {
        return amount;
    }
    let direction = if back {
        t!(l, "tilbake", "tilbake", "back")
    } else {
        t!(l, "fram", "fram", "forward")
    };
    format!("{amount} {direction}")
}

fn plural_en(n: u32, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The line before the list of moved dates: "Datoene er flyttet 6 år tilbake."
pub fn dates_moved(step: crate::renew::Step, l: Locale) -> String {
    let by = step_words(step, l);
    t!(
        l,
        format!("Datoene er flyttet {by}."),
        format!("Datoane er flytta {by}."),
        format!("The dates moved {by}."),
    )
}

/// Said when moving the period changed nothing.
pub fn nothing_moved(l: Locale) -> String {
    t!(
        l,
        "Perioden er den samme som før. Ingen datoer er flyttet.",
        "Perioden er den same som før. Ingen datoar er flytta.",
        "The period is the same as before. No dates moved.",
    )
}

/// Where a moved date is, in words: "Periode › Fra", "Mål › «Flere fullfører» › Frist".
pub fn date_move_place(m: &crate::renew::DateMove, l: Locale) -> String {
    let mut parts = vec![
        m.section_title
            .clone()
            .unwrap_or_else(|| field_name("period", l)),
    ];
    if let Some(item) = m.item.as_deref().filter(|i| !i.trim().is_empty()) {
        parts.push(format!("«{item}»"));
    }
    parts.push(field_name(m.key(), l));
    parts.join(" › ")
}

/// Said after a date that lands after the new period's end.
pub fn after_period_end(l: Locale) -> String {
    t!(
        l,
        "etter periodens slutt",
        "etter slutten av perioden",
        "after the end of the period",
    )
}

/// One moved date on a line: "Mål › «Flere fullfører» › Frist: 31. desember 2030 → 31. desember
/// 2024", with a note when it lands after the period's end.
pub fn date_move_line(m: &crate::renew::DateMove, l: Locale) -> String {
    let note = if m.after_end {
        format!(" ({})", after_period_end(l))
    } else {
        String::new()
    };
    format!(
        "{}: {} → {}{note}",
        date_move_place(m, l),
        date_words(m.from, l),
        date_words(m.to, l)
    )
}

/// The title's change on a line: "Tittel: «Samarbeidsavtale 2027–2030» → «… 2021–2024»".
pub fn title_move_line(from: &str, to: &str, l: Locale) -> String {
    let title = field_name("title", l);
    match l {
        Locale::En => format!("{title}: “{from}” → “{to}”"),
        _ => format!("{title}: «{from}» → «{to}»"),
    }
}

/// Said when changes to a signed agreement were saved as a new draft.
pub fn new_draft_after_signing(l: Locale) -> String {
    t!(
        l,
        "Avtalen var signert. Endringene er lagret som et nytt utkast; den signerte versjonen ligger uendret i historikken.",
        "Avtalen var signert. Endringane er lagra som eit nytt utkast; den signerte versjonen ligg uendra i historikken.",
        "The agreement was signed. The changes were saved as a new draft; the signed version stays unchanged in the history.",
    )
}

/// Said when a history's chain holds.
pub fn history_intact(revisions: usize, l: Locale) -> String {
    let one = revisions == 1;
    t!(
        l,
        format!(
            "Historikken er intakt: {revisions} {}, ingen endret, fjernet eller flyttet.",
            if one { "revisjon" } else { "revisjoner" }
        ),
        format!(
            "Historikken er intakt: {revisions} {}, ingen endra, fjerna eller flytta.",
            if one { "revisjon" } else { "revisjonar" }
        ),
        format!(
            "The history is intact: {revisions} {}, none edited, removed or moved.",
            if one { "revision" } else { "revisions" }
        ),
    )
}

/// The newest revision of an intact history: its number, short hash (as printed on PDFs) and
/// full hash.
pub fn latest_revision(number: u32, short: &str, full: &str, l: Locale) -> String {
    t!(
        l,
        format!("Nyeste revisjon: {number} ({short}), kontrollsum {full}"),
        format!("Nyaste revisjon: {number} ({short}), kontrollsum {full}"),
        format!("Newest revision: {number} ({short}), hash {full}"),
    )
}

/// A printed PDF shows a revision that the file's intact history holds.
pub fn printed_revision_found(number: u32, short: &str, l: Locale) -> String {
    t!(
        l,
        format!(
            "PDF-en viser revisjon {number} ({short}), og den revisjonen finnes uendret i historikken til filen."
        ),
        format!(
            "PDF-en viser revisjon {number} ({short}), og den revisjonen finst uendra i historikken til fila."
        ),
        format!(
            "The PDF shows revision {number} ({short}), and that revision is in the file's history, unchanged."
        ),
    )
}

/// A PDF that names no revision: printed from unsaved changes, or not made by Avtale.
pub fn printed_revision_none(l: Locale) -> String {
    t!(
        l,
        "PDF-en viser ingen lagret revisjon: den er skrevet ut fra endringer som ikke var lagret som revisjon, eller den er ikke laget med Avtale.",
        "PDF-en viser ingen lagra revisjon: han er skriven ut frå endringar som ikkje var lagra som revisjon, eller han er ikkje laga med Avtale.",
        "The PDF shows no saved revision: it was printed from changes not saved as a revision, or it was not made by Avtale.",
    )
}

/// A PDF of another agreement than the file's.
pub fn printed_other_agreement(l: Locale) -> String {
    t!(
        l,
        "PDF-en gjelder en annen avtale enn filen (avtalene har ulik identitet).",
        "PDF-en gjeld ein annan avtale enn fila (avtalane har ulik identitet).",
        "The PDF is of another agreement than the file (their identities differ).",
    )
}

/// The file has the PDF's revision number, but with other content.
pub fn printed_revision_different(number: u32, printed: &str, here: &str, l: Locale) -> String {
    t!(
        l,
        format!(
            "Revisjon {number} i filen ({here}) er ikke den samme som revisjon {number} i PDF-en ({printed}). PDF-en er laget fra en annen kopi av avtalen."
        ),
        format!(
            "Revisjon {number} i fila ({here}) er ikkje den same som revisjon {number} i PDF-en ({printed}). PDF-en er laga frå ein annan kopi av avtalen."
        ),
        format!(
            "Revision {number} in the file ({here}) is not the revision {number} of the PDF ({printed}). The PDF was made from another copy of the agreement."
        ),
    )
}

/// The file has no revision with the PDF's number: cut back to an earlier revision, or the
/// PDF is of a later copy.
pub fn printed_revision_missing(number: u32, latest: Option<u32>, l: Locale) -> String {
    match latest {
        Some(latest) => t!(
            l,
            format!(
                "PDF-en viser revisjon {number}, men filen har bare revisjoner til og med {latest}. Filen er satt tilbake til en eldre revisjon, eller PDF-en er laget fra en nyere kopi."
            ),
            format!(
                "PDF-en viser revisjon {number}, men fila har berre revisjonar til og med {latest}. Fila er sett tilbake til ein eldre revisjon, eller PDF-en er laga frå ein nyare kopi."
            ),
            format!(
                "The PDF shows revision {number}, but the file only has revisions up to {latest}. The file was cut back to an earlier revision, or the PDF was made from a newer copy."
            ),
        ),
        None => t!(
            l,
            format!("PDF-en viser revisjon {number}, men filen har ingen lagrede revisjoner."),
            format!("PDF-en viser revisjon {number}, men fila har ingen lagra revisjonar."),
            format!("The PDF shows revision {number}, but the file has no saved revisions."),
        ),
    }
}

/// A file given as a PDF that is not one.
pub fn pdf_not_a_pdf(l: Locale) -> String {
    t!(
        l,
        "Filen er ikke en PDF.",
        "Fila er ikkje ein PDF.",
        "The file is not a PDF.",
    )
}

/// A PDF whose metadata cannot be read.
pub fn pdf_no_metadata(l: Locale) -> String {
    t!(
        l,
        "Kunne ikke lese metadata i PDF-en, så det går ikke å se hvilken revisjon den viser.",
        "Kunne ikkje lese metadata i PDF-en, så det går ikkje å sjå kva revisjon han viser.",
        "Could not read the PDF's metadata, so which revision it shows cannot be told.",
    )
}

/// A PDF whose metadata names more than one revision.
pub fn pdf_claims_several(l: Locale) -> String {
    t!(
        l,
        "Metadataene i PDF-en viser til mer enn én revisjon; PDF-en er endret etter at den ble laget.",
        "Metadata i PDF-en viser til meir enn éin revisjon; PDF-en er endra etter at han blei laga.",
        "The PDF's metadata names more than one revision; the PDF was changed after it was made.",
    )
}

/// Said when a file has no revisions.
pub fn no_revisions(l: Locale) -> String {
    t!(
        l,
        "Avtalen har ingen lagrede revisjoner ennå. Lagre den første med «avtale commit».",
        "Avtalen har ingen lagra revisjonar enno. Lagre den første med «avtale commit».",
        "The agreement has no saved revisions yet. Save the first with “avtale commit”.",
    )
}

/// Said when a revision was saved.
pub fn revision_saved(number: u32, l: Locale) -> String {
    t!(
        l,
        format!("Revisjon {number} er lagret."),
        format!("Revisjon {number} er lagra."),
        format!("Revision {number} saved."),
    )
}

/// "på omgang mellom" and its translations, before a list of parties.
pub fn alternating(l: Locale) -> String {
    t!(l, "på omgang mellom", "på omgang mellom", "in turn between")
}

/// Yes or no.
pub fn yes_no(value: bool, l: Locale) -> String {
    match (value, l) {
        (true, Locale::En) => "yes".into(),
        (false, Locale::En) => "no".into(),
        (true, _) => "ja".into(),
        (false, _) => "nei".into(),
    }
}

/// A field of the agreement by its name in the file, in words (for comparisons).
pub fn field_name(key: &str, l: Locale) -> String {
    let (nb, nn, en) = match key {
        "title" => ("Tittel", "Tittel", "Title"),
        "kind" => ("Type", "Type", "Kind"),
        "county" => ("Fylke", "Fylke", "County"),
        "municipality" => ("Kommune", "Kommune", "Municipality"),
        "language" => ("Målform", "Målform", "Language"),
        "period" => ("Periode", "Periode", "Period"),
        "from" => ("Fra", "Frå", "From"),
        "to" => ("Til", "Til", "To"),
        "renewal" => ("Fornyelse", "Fornying", "Renewal"),
        "automatic" => ("Automatisk", "Automatisk", "Automatic"),
        "years" => ("År", "År", "Years"),
        "notice_months" => (
            "Oppsigelsesfrist (måneder)",
            "Oppseiingsfrist (månader)",
            "Notice (months)",
        ),
        "status" => ("Status", "Status", "Status"),
        "parent" => ("Hører under", "Høyrer under", "Belongs under"),
        "areas" => (
            "Samarbeidsområder",
            "Samarbeidsområde",
            "Areas of cooperation",
        ),
        "file" => ("Fil", "Fil", "File"),
        "additional_parties" => ("Tilleggsparter", "Tilleggspartar", "Additional parties"),
        "party" => ("Part", "Part", "Party"),
        "parties" => ("Parter", "Partar", "Parties"),
        "organisation" => ("Organisasjon", "Organisasjon", "Organisation"),
        "unit" => ("Enhet", "Eining", "Unit"),
        "signatory" => ("Signeres av", "Blir signert av", "Signed by"),
        "contact" => ("Kontaktperson", "Kontaktperson", "Contact person"),
        "deputy" => ("Stedfortreder", "Stadfortredar", "Deputy"),
        "name" => ("Navn", "Namn", "Name"),
        "email" => ("E-post", "E-post", "E-mail"),
        "phone" => ("Telefon", "Telefon", "Phone"),
        "role" => ("Rolle", "Rolle", "Role"),
        "roles" => ("Rolle", "Rolle", "Role"),
        "tasks" => ("Oppgave", "Oppgåve", "Task"),
        "task" => ("Oppgave", "Oppgåve", "Task"),
        "responsible" => ("Ansvarlig", "Ansvarleg", "Responsible"),
        "deadline" => ("Frist", "Frist", "Deadline"),
        "meetings" => ("Møtearena", "Møtearena", "Meeting body"),
        "level" => ("Nivå", "Nivå", "Level"),
        "purpose" => ("Formål", "Føremål", "Purpose"),
        "members" => ("Deltaker", "Deltakar", "Member"),
        "chair" => ("Møteleder", "Møteleiar", "Chair"),
        "cadence" => ("Hyppighet", "Hyppigheit", "Cadence"),
        "hours" => ("Timer per møte", "Timar per møte", "Hours per meeting"),
        "agenda" => ("Faste saker", "Faste saker", "Standing items"),
        "minutes" => ("Referent", "Referent", "Minutes"),
        "mandate" => ("Mandat", "Mandat", "Mandate"),
        "group" => ("Gruppe", "Gruppe", "Group"),
        "deliverables" => ("Leveranser", "Leveransar", "Deliverables"),
        "authority" => ("Myndighet", "Mynde", "Authority"),
        "reports_to" => ("Rapporterer til", "Rapporterer til", "Reports to"),
        "leader" => ("Leder", "Leiar", "Leader"),
        "boundaries" => ("Grenseflate", "Grenseflate", "Boundary"),
        "area" => ("Område", "Område", "Area"),
        "lead" => ("Hovedansvar", "Hovudansvar", "Lead"),
        "support" => ("Bidrar", "Bidreg", "Supports"),
        "handover" => ("Overgang", "Overgang", "Handover"),
        "steps" => ("Steg", "Steg", "Step"),
        "action" => ("Hva skjer", "Kva skjer", "What happens"),
        "target_groups" => ("Målgruppe", "Målgruppe", "Target group"),
        "definition" => ("Definisjon", "Definisjon", "Definition"),
        "age" => ("Alder", "Alder", "Age"),
        "criteria" => ("Kriterier", "Kriterium", "Criteria"),
        "goals" => ("Mål", "Mål", "Goal"),
        "goal" => ("Mål", "Mål", "Goal"),
        "indicator" => ("Indikator", "Indikator", "Indicator"),
        "target" => ("Målverdi", "Målverdi", "Target"),
        "measures" => ("Tiltak", "Tiltak", "Measure"),
        "description" => ("Beskrivelse", "Skildring", "Description"),
        "start" => ("Start", "Start", "Start"),
        "contacts" => ("Kontaktperson", "Kontaktperson", "Contact"),
        "information_sharing" => (
            "Informasjonsdeling",
            "Informasjonsdeling",
            "Information sharing",
        ),
        "personal_data" => (
            "Deler personopplysninger",
            "Deler personopplysningar",
            "Shares personal data",
        ),
        "legal_basis" => ("Rettslig grunnlag", "Rettsleg grunnlag", "Legal basis"),
        "consent" => ("Samtykke", "Samtykke", "Consent"),
        "given_by" => ("Gis av", "Blir gitt av", "Given by"),
        "written" => ("Skriftlig", "Skriftleg", "Written"),
        "scope" => ("Omfang", "Omfang", "Scope"),
        "withdrawal" => ("Tilbaketrekking", "Tilbaketrekking", "Withdrawal"),
        "finances" => ("Økonomi", "Økonomi", "Finances"),
        "contribution" => ("Bidrag", "Bidrag", "Contribution"),
        "amount_nok" => ("Beløp (kr)", "Beløp (kr)", "Amount (NOK)"),
        "reporting" => ("Rapport", "Rapport", "Report"),
        "report" => ("Rapport", "Rapport", "Report"),
        "evaluation" => ("Evaluering", "Evaluering", "Evaluation"),
        "next" => ("Neste evaluering", "Neste evaluering", "Next evaluation"),
        "questions" => ("Spørsmål", "Spørsmål", "Questions"),
        "termination" => ("Oppsigelse", "Oppseiing", "Termination"),
        "signatures" => ("Underskrifter", "Underskrifter", "Signatures"),
        "annexes" => ("Vedlegg", "Vedlegg", "Annex"),
        "reference" => ("Referanse", "Referanse", "Reference"),
        "term" => ("Begrep", "Omgrep", "Term"),
        "glossary" => ("Begreper", "Omgrep", "Glossary"),
        "show" => ("Viser", "Viser", "Shows"),
        "template" => ("Mal", "Mal", "Template"),
        "meta" => ("Om avtalen", "Om avtalen", "About the agreement"),
        "id" => ("Id", "Id", "Id"),
        other => (other, other, other),
    };
    t!(l, nb, nn, en)
}

/// The summary line of a comparison: "3 punkter endret, 1 flyttet, 1 nytt".
pub fn diff_summary(s: &crate::diff::Summary, l: Locale) -> String {
    let mut parts = Vec::new();
    let mut add = |n: u32, nb: &str, nn: &str, en: &str| {
        if n > 0 {
            parts.push(format!("{n} {}", t!(l, nb, nn, en)));
        }
    };
    add(
        s.changed,
        if s.changed == 1 {
            "punkt endret"
        } else {
            "punkter endret"
        },
        "punkt endra",
        if s.changed == 1 {
            "section changed"
        } else {
            "sections changed"
        },
    );
    add(s.moved, "flyttet", "flytta", "moved");
    add(
        s.renamed,
        "fått ny overskrift",
        "fått ny overskrift",
        "renamed",
    );
    add(
        s.added,
        if s.added == 1 { "nytt" } else { "nye" },
        if s.added == 1 { "nytt" } else { "nye" },
        "added",
    );
    add(s.removed, "fjernet", "fjerna", "removed");
    add(
        s.other,
        if s.other == 1 {
            "annen endring (detaljer, parter, begreper)"
        } else {
            "andre endringer (detaljer, parter, begreper)"
        },
        if s.other == 1 {
            "anna endring (detaljar, partar, omgrep)"
        } else {
            "andre endringar (detaljar, partar, omgrep)"
        },
        if s.other == 1 {
            "other change (details, parties, glossary)"
        } else {
            "other changes (details, parties, glossary)"
        },
    );
    if parts.is_empty() {
        t!(l, "Ingen endringer.", "Ingen endringar.", "No changes.")
    } else {
        format!("{}.", parts.join(", "))
    }
}

/// The title of a comparison document.
pub fn diff_title(l: Locale) -> String {
    t!(l, "Endringer", "Endringar", "Changes")
}

/// A field that is new.
pub fn diff_new(l: Locale) -> String {
    t!(l, "ny", "ny", "new")
}

/// A field that is gone.
pub fn diff_gone(l: Locale) -> String {
    t!(l, "fjernet", "fjerna", "removed")
}

/// A section that is new.
pub fn diff_section_added(l: Locale) -> String {
    t!(l, "nytt punkt", "nytt punkt", "new section")
}

/// A section that is gone.
pub fn diff_section_removed(l: Locale) -> String {
    t!(l, "fjernet", "fjerna", "removed")
}

/// A section that moved.
pub fn diff_section_moved(from: u32, to: u32, l: Locale) -> String {
    t!(
        l,
        format!("flyttet fra {from} til {to}"),
        format!("flytta frå {from} til {to}"),
        format!("moved from {from} to {to}"),
    )
}

/// A section that was renamed.
pub fn diff_section_renamed(old: &str, l: Locale) -> String {
    t!(
        l,
        format!("het før «{old}»"),
        format!("heitte før «{old}»"),
        format!("was “{old}”"),
    )
}

/// A section whose content changed.
pub fn diff_section_changed(l: Locale) -> String {
    t!(l, "endret", "endra", "changed")
}

/// Two files that are not versions of the same agreement.
pub fn not_same_agreement(l: Locale) -> String {
    t!(
        l,
        "Filene er ikke versjoner av den samme avtalen (de har ulik avtale-id). Sammenlign to revisjoner av én fil, eller to filer laget fra samme avtale.",
        "Filene er ikkje versjonar av den same avtalen (dei har ulik avtale-id). Samanlikn to revisjonar av éi fil, eller to filer laga frå same avtale.",
        "The files are not versions of the same agreement (their agreement ids differ). Compare two revisions of one file, or two files made from the same agreement.",
    )
}

/// The heading of the older side in a side-by-side comparison.
pub fn diff_before(l: Locale) -> String {
    t!(l, "Før", "Før", "Before")
}

/// The heading of the newer side in a side-by-side comparison.
pub fn diff_after(l: Locale) -> String {
    t!(l, "Etter", "Etter", "After")
}

/// The PDF's subject: what the document is, between whom, for which period.
pub fn pdf_subject(kind: AgreementKind, parties: &[String], period: &str, l: Locale) -> String {
    let kind = lower_first(&self::kind(kind, l));
    let parties = join_list(parties, l);
    t!(
        l,
        format!("Samarbeidsavtale ({kind}) mellom {parties}, {period}"),
        format!("Samarbeidsavtale ({kind}) mellom {parties}, {period}"),
        format!("Cooperation agreement ({kind}) between {parties}, {period}"),
    )
}

/// The PDF's keywords, before the county's name.
pub fn pdf_keywords(l: Locale) -> Vec<String> {
    let words = match l {
        Locale::Nb | Locale::Nn => ["samarbeidsavtale", "Nav", "fylkeskommune"],
        Locale::En => ["cooperation agreement", "Nav", "county authority"],
    };
    words.iter().map(|w| (*w).to_owned()).collect()
}

/// The heading of the responsibility matrix.
pub fn matrix_title(l: Locale) -> String {
    t!(l, "Hvem gjør hva", "Kven gjer kva", "Who does what")
}

/// How to read the responsibility matrix.
pub fn matrix_legend(l: Locale) -> String {
    t!(
        l,
        "● har ansvaret, ○ deltar (eier rollen eller bidrar).",
        "● har ansvaret, ○ deltek (eig rolla eller bidreg).",
        "● responsible, ○ takes part (owns the role or supports).",
    )
}

/// The heading of the short version.
pub fn pdf_short_title(title: &str, l: Locale) -> String {
    t!(
        l,
        format!("Kortversjon: {title}"),
        format!("Kortversjon: {title}"),
        format!("Short version: {title}"),
    )
}

/// What the short version is, under its heading.
pub fn pdf_short_note(l: Locale) -> String {
    t!(
        l,
        "Hvem gjør hva etter avtalen: roller og oppgaver, møtearenaer og kontaktpersoner. Den fullstendige avtalen gjelder foran denne oversikten.",
        "Kven gjer kva etter avtalen: roller og oppgåver, møtearenaer og kontaktpersonar. Den fullstendige avtalen gjeld framfor denne oversikta.",
        "Who does what under the agreement: roles and tasks, meeting bodies and contacts. The full agreement takes precedence over this overview.",
    )
}

/// The heading of a comparison printed as PDF.
pub fn pdf_redline_title(title: &str, l: Locale) -> String {
    t!(
        l,
        format!("Endringer i {title}"),
        format!("Endringar i {title}"),
        format!("Changes to {title}"),
    )
}

/// Which two versions a printed comparison compares.
pub fn pdf_redline_versions(from: &str, to: &str, l: Locale) -> String {
    t!(
        l,
        format!("Fra {from} til {to}"),
        format!("Frå {from} til {to}"),
        format!("From {from} to {to}"),
    )
}

/// How to read a printed comparison.
pub fn pdf_redline_legend(l: Locale) -> [String; 3] {
    [
        t!(
            l,
            "Gjennomstreket tekst er tatt ut.",
            "Gjennomstreka tekst er teken ut.",
            "Struck-through text is removed.",
        ),
        t!(
            l,
            "Understreket tekst er lagt til.",
            "Understreka tekst er lagd til.",
            "Underlined text is added.",
        ),
        t!(
            l,
            "Flyttede punkter er merket med en strek i margen.",
            "Flytta punkt er merkte med ein strek i margen.",
            "Moved sections are marked with a bar in the margin.",
        ),
    ]
}

/// The heading of the list of changed parts in a printed comparison.
pub fn pdf_redline_overview(l: Locale) -> String {
    t!(l, "Dette er endret", "Dette er endra", "What changed")
}

/// A version named in a printed comparison: the file, and the revision if one was chosen.
pub fn pdf_version(file: &str, revision: Option<u32>, l: Locale) -> String {
    match revision {
        Some(n) => t!(
            l,
            format!("revisjon {n} av {file}"),
            format!("revisjon {n} av {file}"),
            format!("revision {n} of {file}"),
        ),
        None => file.to_owned(),
    }
}

/// A PDF cannot be written to the terminal.
pub fn pdf_needs_output(l: Locale) -> String {
    t!(
        l,
        "Oppgi filen PDF-en skal skrives til, med -o FIL.pdf.",
        "Oppgi fila PDF-en skal skrivast til, med -o FIL.pdf.",
        "Name the file to write the PDF to, with -o FILE.pdf.",
    )
}

/// The heading of the field column in a printed comparison.
pub fn pdf_field(l: Locale) -> String {
    t!(l, "Felt", "Felt", "Field")
}

/// "Side" before a page number in the PDF footer.
pub fn pdf_page(l: Locale) -> String {
    t!(l, "Side", "Side", "Page")
}

/// "av" between page number and page count.
pub fn pdf_of(l: Locale) -> String {
    t!(l, "av", "av", "of")
}

/// The mark on every page of a draft.
pub fn pdf_draft(l: Locale) -> String {
    t!(l, "UTKAST", "UTKAST", "DRAFT")
}

/// The revision in the PDF footer.
pub fn pdf_revision(number: u32, hash: &str, l: Locale) -> String {
    t!(
        l,
        format!("Revisjon {number} ({hash})"),
        format!("Revisjon {number} ({hash})"),
        format!("Revision {number} ({hash})"),
    )
}

/// The PDF footer of a print whose text differs from the newest revision.
pub fn pdf_after_revision(number: u32, l: Locale) -> String {
    t!(
        l,
        format!("Endret etter revisjon {number} – ikke lagret som revisjon"),
        format!("Endra etter revisjon {number} – ikkje lagra som revisjon"),
        format!("Changed after revision {number} – not saved as a revision"),
    )
}

/// The heading of a printed table of contents.
pub fn pdf_contents(l: Locale) -> String {
    t!(l, "Innhold", "Innhald", "Contents")
}

/// A PDF export that failed.
pub fn pdf_failed(l: Locale) -> String {
    t!(
        l,
        "Kunne ikke lage PDF. Dette er en feil i Avtale; meld den gjerne fra, med filen.",
        "Kunne ikkje lage PDF. Dette er ein feil i Avtale; meld han gjerne frå, med fila.",
        "Could not make the PDF. This is a bug in Avtale; please report it with the file.",
    )
}

/// A Word file that could not be read or written: the file and the reason.
pub fn word_file_problem(file: &str, reason: &str, l: Locale) -> String {
    t!(
        l,
        format!("{file}: {reason}"),
        format!("{file}: {reason}"),
        format!("{file}: {reason}"),
    )
}

/// A file that is not a Word document (.docx).
pub fn word_not_docx(l: Locale) -> String {
    t!(
        l,
        "Filen er ikke et Word-dokument (.docx).",
        "Fila er ikkje eit Word-dokument (.docx).",
        "The file is not a Word document (.docx).",
    )
}

/// A password-protected Word document.
pub fn word_encrypted(l: Locale) -> String {
    t!(
        l,
        "Dokumentet er passordbeskyttet. Åpne det i Word, fjern passordet (Fil › Info › Beskytt dokument) og lagre det på nytt.",
        "Dokumentet er passordverna. Opne det i Word, fjern passordet (Fil › Info › Vern dokument) og lagre det på nytt.",
        "The document is password-protected. Open it in Word, remove the password (File › Info › Protect Document) and save it again.",
    )
}

/// The old binary Word format.
pub fn word_old_format(l: Locale) -> String {
    t!(
        l,
        "Dokumentet er i det gamle Word-formatet (.doc). Åpne det i Word og lagre det som Word-dokument (.docx).",
        "Dokumentet er i det gamle Word-formatet (.doc). Opne det i Word og lagre det som Word-dokument (.docx).",
        "The document is in the old Word format (.doc). Open it in Word and save it as a Word document (.docx).",
    )
}

/// A package that inflates to more than Avtale reads.
pub fn word_too_large(limit_mib: u64, l: Locale) -> String {
    t!(
        l,
        format!("Dokumentet blir større enn {limit_mib} MiB når det pakkes ut, og leses ikke."),
        format!(
            "Dokumentet blir større enn {limit_mib} MiB når det blir pakka ut, og blir ikkje lese."
        ),
        format!("The document grows beyond {limit_mib} MiB when unpacked and is not read."),
    )
}

/// A damaged Word document.
pub fn word_unreadable(l: Locale) -> String {
    t!(
        l,
        "Dokumentet er skadet og kan ikke leses. Åpne det i Word og lagre det på nytt.",
        "Dokumentet er skadd og kan ikkje lesast. Opne det i Word og lagre det på nytt.",
        "The document is damaged and cannot be read. Open it in Word and save it again.",
    )
}

/// A Word export that failed.
pub fn word_failed(l: Locale) -> String {
    t!(
        l,
        "Kunne ikke lage Word-dokumentet. Dette er en feil i Avtale; meld den gjerne fra, med filen.",
        "Kunne ikkje lage Word-dokumentet. Dette er ein feil i Avtale; meld han gjerne frå, med fila.",
        "Could not make the Word document. This is a bug in Avtale; please report it with the file.",
    )
}

/// The title of the section an import makes of the text before the first heading.
pub fn import_preamble_title(l: Locale) -> String {
    t!(l, "Innledning", "Innleiing", "Introduction")
}

/// The title of an imported agreement when the document names none.
pub fn import_default_title(l: Locale) -> String {
    t!(
        l,
        "Samarbeidsavtale",
        "Samarbeidsavtale",
        "Cooperation agreement"
    )
}

/// The heading of an import report.
pub fn import_report_heading(file: &str, sections: usize, l: Locale) -> String {
    t!(
        l,
        format!("{file}: {sections} punkter hentet inn."),
        format!("{file}: {sections} punkt henta inn."),
        format!("{file}: {sections} sections imported."),
    )
}

/// One imported section in the report: its title and the template it was matched to.
pub fn import_report_section(title: &str, template: Option<&str>, l: Locale) -> String {
    match template {
        Some(template) => t!(
            l,
            format!("{title} (mal: {template})"),
            format!("{title} (mal: {template})"),
            format!("{title} (template: {template})"),
        ),
        None => t!(
            l,
            format!("{title} (ingen mal)"),
            format!("{title} (ingen mal)"),
            format!("{title} (no template)"),
        ),
    }
}

/// The choice of no template for an imported section.
pub fn import_no_template(l: Locale) -> String {
    t!(l, "Ingen mal", "Ingen mal", "No template")
}

/// The parties an import found in the text, or that it found none.
pub fn import_parties(found: &[String], l: Locale) -> String {
    if found.is_empty() {
        t!(
            l,
            "Fant ikke partene i teksten: fyll dem inn under Detaljer.",
            "Fann ikkje partane i teksten: fyll dei inn under Detaljar.",
            "The parties were not found in the text: fill them in under Details.",
        )
    } else {
        let names = found.join(", ");
        t!(
            l,
            format!("Parter funnet i teksten: {names}."),
            format!("Partar funne i teksten: {names}."),
            format!("Parties found in the text: {names}."),
        )
    }
}

/// The period an import found in the text, or that it found none.
pub fn import_period(found: Option<&str>, l: Locale) -> String {
    match found {
        Some(period) => t!(
            l,
            format!("Avtaleperiode funnet i teksten: {period}."),
            format!("Avtaleperiode funnen i teksten: {period}."),
            format!("Agreement period found in the text: {period}."),
        ),
        None => t!(
            l,
            "Fant ikke avtaleperioden i teksten: fyll den inn under Detaljer.",
            "Fann ikkje avtaleperioden i teksten: fyll han inn under Detaljar.",
            "The agreement period was not found in the text: fill it in under Details.",
        ),
    }
}

/// The heading over what an import left out or changed in form.
pub fn import_left_out_heading(l: Locale) -> String {
    t!(
        l,
        "Utelatt eller endret form:",
        "Utelate eller endra form:",
        "Left out or changed in form:",
    )
}

/// What an import left out or changed in form, one kind of thing (`kind` is the reader's
/// name for it), where (`place`, a section title) and what it showed (`text`).
pub fn import_left_out(kind: &str, place: Option<&str>, text: &str, l: Locale) -> String {
    let what = match kind {
        "image" => t!(l, "Bilde", "Bilete", "Image"),
        "drawing" => t!(
            l,
            "Tegning eller figur",
            "Teikning eller figur",
            "Drawing or shape"
        ),
        "text_box" => t!(l, "Tekstboks", "Tekstboks", "Text box"),
        "field" => t!(
            l,
            "Felt (innholdsfortegnelse, sidetall, dato eller kryssreferanse)",
            "Felt (innhaldsliste, sidetal, dato eller kryssreferanse)",
            "Field (table of contents, page number, date or cross-reference)",
        ),
        "footnote" => t!(l, "Fotnote", "Fotnote", "Footnote"),
        "header" => t!(l, "Topptekst", "Topptekst", "Header"),
        "footer" => t!(l, "Bunntekst", "Botntekst", "Footer"),
        "symbol" => t!(l, "Symbol", "Symbol", "Symbol"),
        "comment" => t!(l, "Kommentar", "Kommentar", "Comment"),
        "tracked_changes" => t!(
            l,
            "Sporede endringer tatt inn slik de står (innsettinger beholdt, slettinger fjernet)",
            "Spora endringar tekne inn slik dei står (innsetjingar haldne, slettingar fjerna)",
            "Tracked changes taken as shown (insertions kept, deletions removed)",
        ),
        "numbering" => t!(
            l,
            "Numre fjernet fra overskriftene (Avtale nummererer punktene selv)",
            "Nummer fjerna frå overskriftene (Avtale nummererer punkta sjølv)",
            "Numbers removed from the headings (Avtale numbers the sections itself)",
        ),
        "merged_cells" => t!(
            l,
            "Tabell med sammenslåtte eller nestede celler gjort om til en enkel tabell",
            "Tabell med samanslegne eller nøsta celler gjort om til ein enkel tabell",
            "Table with merged or nested cells made into a simple table",
        ),
        _ => kind.to_owned(),
    };
    let place = place.map(|p| format!(" [{p}]")).unwrap_or_default();
    let text = text.trim();
    if text.is_empty() {
        format!("- {what}{place}")
    } else {
        let short: String = text.chars().take(120).collect();
        let more = if text.chars().count() > 120 {
            "…"
        } else {
            ""
        };
        format!("- {what}{place}: {short}{more}")
    }
}

/// Where an import wrote the agreement.
pub fn import_written(file: &str, l: Locale) -> String {
    t!(
        l,
        format!("Skrev {file}."),
        format!("Skreiv {file}."),
        format!("Wrote {file}."),
    )
}

/// The place-and-date line of a signature block.
pub fn pdf_place_and_date(l: Locale) -> String {
    t!(l, "Sted og dato", "Stad og dato", "Place and date")
}

/// A signed agreement cannot be printed as a draft.
pub fn pdf_signed_not_draft(l: Locale) -> String {
    t!(
        l,
        "Avtalen er signert og kan ikke skrives ut som utkast.",
        "Avtalen er signert og kan ikkje skrivast ut som utkast.",
        "The agreement is signed and cannot be printed as a draft.",
    )
}

/// A PDF that cannot be made because the fonts lack some characters.
pub fn pdf_missing_glyphs(chars: &[String], l: Locale) -> String {
    let list = chars
        .iter()
        .map(|c| format!("«{c}»"))
        .collect::<Vec<_>>()
        .join(", ");
    t!(
        l,
        format!(
            "Kunne ikke lage PDF: skrifttypen i Avtale har ikke tegnene {list}, og et arkivdokument (PDF/A) kan ikke mangle tegn. Skriv teksten med andre tegn, eller fjern dem."
        ),
        format!(
            "Kunne ikkje lage PDF: skrifttypen i Avtale har ikkje teikna {list}, og eit arkivdokument (PDF/A) kan ikkje mangle teikn. Skriv teksten med andre teikn, eller fjern dei."
        ),
        format!(
            "Could not make the PDF: Avtale's font lacks the characters {list}, and an archival document (PDF/A) cannot miss characters. Write the text with other characters, or remove them."
        ),
    )
}

/// The family view's reminder that a year's action plan is missing.
pub fn action_plan_missing(year: i32, l: Locale) -> String {
    t!(
        l,
        format!(
            "Handlingsplanen for {year} mangler: hovedavtalen gjelder i {year}, men ingen handlingsplan i avtalefamilien dekker året. Lag en handlingsplan for {year} og koble den til hovedavtalen."
        ),
        format!(
            "Handlingsplanen for {year} manglar: hovudavtalen gjeld i {year}, men ingen handlingsplan i avtalefamilien dekkjer året. Lag ein handlingsplan for {year} og kople han til hovudavtalen."
        ),
        format!(
            "The action plan for {year} is missing: the main agreement applies in {year}, but no action plan in the family covers the year. Make an action plan for {year} and link it to the main agreement."
        ),
    )
}

/// How long a period runs: "5 år", "4 år og 6 måneder", "drøyt 4 år" (whole months and some
/// days beyond them).
pub fn period_length(length: crate::agreement::Length, l: Locale) -> String {
    let (years, months) = (length.months / 12, length.months % 12);
    let year_words = t!(
        l,
        format!("{years} år"),
        format!("{years} år"),
        if years == 1 {
            "1 year".to_owned()
        } else {
            format!("{years} years")
        }
    );
    let whole = if months == 0 {
        year_words
    } else {
        let month_words = t!(
            l,
            if months == 1 {
                "1 måned".to_owned()
            } else {
                format!("{months} måneder")
            },
            if months == 1 {
                "1 månad".to_owned()
            } else {
                format!("{months} månader")
            },
            if months == 1 {
                "1 month".to_owned()
            } else {
                format!("{months} months")
            }
        );
        let and = t!(l, "og", "og", "and");
        format!("{year_words} {and} {month_words}")
    };
    if length.days == 0 {
        whole
    } else {
        let more = t!(l, "drøyt", "drygt", "just over");
        format!("{more} {whole}")
    }
}

/// A date in running text: "1. mars 2026", in English "1 March 2026".
pub fn date_words(date: Date, l: Locale) -> String {
    match l {
        Locale::En => format!(
            "{} {} {}",
            date.day(),
            english_month(date.month()),
            date.year()
        ),
        Locale::Nb => date.long(Lang::Nb),
        Locale::Nn => date.long(Lang::Nn),
    }
}

/// "om 12 dager", "i morgen" or "i dag".
fn in_days(days: u32, l: Locale) -> String {
    match days {
        0 => t!(l, "i dag", "i dag", "today"),
        1 => t!(l, "i morgen", "i morgon", "tomorrow"),
        n => t!(
            l,
            format!("om {n} dager"),
            format!("om {n} dagar"),
            format!("in {n} days")
        ),
    }
}

/// A reminder of the end of the agreement period: "Avtalen utløper om 60 dager (30. november 2030)."
pub fn reminder_period_ends(days: u32, date: Date, l: Locale) -> String {
    let when = in_days(days, l);
    let date = date_words(date, l);
    t!(
        l,
        format!("Avtalen utløper {when} ({date})."),
        format!("Avtalen går ut {when} ({date})."),
        format!("The agreement expires {when} ({date})."),
    )
}

/// A reminder of an evaluation of the agreement.
pub fn reminder_evaluation(days: u32, date: Date, l: Locale) -> String {
    let when = in_days(days, l);
    let date = date_words(date, l);
    t!(
        l,
        format!("Avtalen skal evalueres {when} ({date})."),
        format!("Avtalen skal evaluerast {when} ({date})."),
        format!("The agreement is to be evaluated {when} ({date})."),
    )
}

/// A reminder of the last day to give notice before the period ends.
pub fn reminder_notice_deadline(days: u32, date: Date, l: Locale) -> String {
    let when = in_days(days, l);
    let date = date_words(date, l);
    t!(
        l,
        format!("Fristen for å si opp avtalen eller stanse fornyelsen går ut {when} ({date})."),
        format!("Fristen for å seie opp avtalen eller stanse fornyinga går ut {when} ({date})."),
        format!("The deadline to end the agreement or stop its renewal runs out {when} ({date})."),
    )
}

/// Why no meeting calendar could be made.
pub fn calendar_error(err: &CalendarError, l: Locale) -> String {
    match err {
        CalendarError::PeriodEndsBeforeStart => t!(
            l,
            "Kan ikke lage møtekalender: avtaleperioden slutter før den begynner. Rett opp start- eller sluttdatoen.",
            "Kan ikkje lage møtekalender: avtaleperioden sluttar før han byrjar. Rett opp start- eller sluttdatoen.",
            "Cannot make the meeting calendar: the agreement period ends before it starts. Correct the start or end date.",
        ),
        CalendarError::PeriodTooLong { max_years } => t!(
            l,
            format!(
                "Kan ikke lage møtekalender for en avtaleperiode på mer enn {max_years} år. Rett opp sluttdatoen."
            ),
            format!(
                "Kan ikkje lage møtekalender for ein avtaleperiode på meir enn {max_years} år. Rett opp sluttdatoen."
            ),
            format!(
                "Cannot make a meeting calendar for an agreement period longer than {max_years} years. Correct the end date."
            ),
        ),
    }
}

/// The name of a public holiday.
pub fn holiday(holiday: Holiday, l: Locale) -> String {
    match holiday {
        Holiday::NewYearsDay => t!(l, "Nyttårsdag", "Nyttårsdag", "New Year's Day"),
        Holiday::MaundyThursday => t!(l, "Skjærtorsdag", "Skjærtorsdag", "Maundy Thursday"),
        Holiday::GoodFriday => t!(l, "Langfredag", "Langfredag", "Good Friday"),
        Holiday::EasterSunday => t!(l, "1. påskedag", "1. påskedag", "Easter Sunday"),
        Holiday::EasterMonday => t!(l, "2. påskedag", "2. påskedag", "Easter Monday"),
        Holiday::LabourDay => t!(l, "1. mai", "1. mai", "Labour Day"),
        Holiday::ConstitutionDay => t!(l, "17. mai", "17. mai", "Constitution Day"),
        Holiday::AscensionDay => t!(
            l,
            "Kristi himmelfartsdag",
            "Kristi himmelfartsdag",
            "Ascension Day"
        ),
        Holiday::WhitSunday => t!(l, "1. pinsedag", "1. pinsedag", "Whit Sunday"),
        Holiday::WhitMonday => t!(l, "2. pinsedag", "2. pinsedag", "Whit Monday"),
        Holiday::ChristmasDay => t!(l, "1. juledag", "1. juledag", "Christmas Day"),
        Holiday::BoxingDay => t!(l, "2. juledag", "2. juledag", "Boxing Day"),
    }
}

/// The name of a break in which no meeting is placed.
pub fn meeting_break(b: Break, l: Locale) -> String {
    match b {
        Break::Summer => t!(l, "Sommerferie", "Sommarferie", "Summer holiday"),
        Break::Christmas => t!(l, "Juleferie", "Juleferie", "Christmas holiday"),
        Break::Easter => t!(l, "Påskeuken", "Påskeveka", "Easter week"),
    }
}

/// What a live reference in prose is, for the editor's tooltip and menu: "Periodens siste
/// dag", "Hvor ofte Strategisk samarbeidsgruppe møtes".
pub fn reference_label(
    r: &crate::render::reference::Reference,
    agreement: &crate::agreement::Agreement,
    l: Locale,
) -> String {
    use crate::render::reference::{Base, Offset, Reference};
    let party = |id: &crate::agreement::PartyId| agreement.party_name(id);
    match r {
        Reference::County => t!(l, "Fylket", "Fylket", "The county"),
        Reference::Period => t!(l, "Avtaleperioden", "Avtaleperioden", "The period"),
        Reference::PeriodDate(Base::Start, o) if *o == Offset::default() => t!(
            l,
            "Periodens første dag",
            "Første dag i perioden",
            "First day of the period"
        ),
        Reference::PeriodDate(Base::End, o) if *o == Offset::default() => t!(
            l,
            "Periodens siste dag",
            "Siste dag i perioden",
            "Last day of the period"
        ),
        Reference::PeriodDate(
            Base::Start,
            Offset {
                months: 6,
                days: -1,
            },
        ) => t!(
            l,
            "Slutten av første halvår",
            "Slutten av første halvår",
            "End of the first half-year"
        ),
        Reference::PeriodDate(
            Base::End,
            Offset {
                months: -12,
                days: 0,
            },
        ) => t!(
            l,
            "Ett år før periodens slutt",
            "Eitt år før perioden sluttar",
            "One year before the period ends"
        ),
        Reference::PeriodDate(
            Base::End,
            Offset {
                months: -6,
                days: 0,
            },
        ) => t!(
            l,
            "Et halvt år før periodens slutt",
            "Eit halvt år før perioden sluttar",
            "Six months before the period ends"
        ),
        Reference::PeriodDate(..) => {
            let key = r.key();
            let mut chars = key.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
        Reference::PeriodLength => t!(
            l,
            "Hvor lenge avtalen gjelder",
            "Kor lenge avtalen gjeld",
            "How long the agreement runs"
        ),
        Reference::FirstYear => t!(
            l,
            "Året perioden starter",
            "Året perioden startar",
            "The year the period starts"
        ),
        Reference::LastYear => t!(
            l,
            "Året perioden slutter",
            "Året perioden sluttar",
            "The year the period ends"
        ),
        Reference::Party(id) => t!(
            l,
            format!("Navnet på parten «{}»", party(id)),
            format!("Namnet på parten «{}»", party(id)),
            format!("The name of the party “{}”", party(id))
        ),
        Reference::Signatory(id) => t!(
            l,
            format!("Hvem som signerer for {}", party(id)),
            format!("Kven som signerer for {}", party(id)),
            format!("Who signs for {}", party(id))
        ),
        Reference::Title(id) => t!(
            l,
            format!("Tittelen til den som signerer for {}", party(id)),
            format!("Tittelen til den som signerer for {}", party(id)),
            format!("The title of who signs for {}", party(id))
        ),
        Reference::Cadence(body) => t!(
            l,
            format!("Hvor ofte {body} møtes"),
            format!("Kor ofte {body} møtest"),
            format!("How often {body} meets")
        ),
        Reference::Chair(body) => t!(
            l,
            format!("Hvem som leder {body}"),
            format!("Kven som leier {body}"),
            format!("Who chairs {body}")
        ),
        Reference::NextEvaluation => t!(
            l,
            "Datoen for neste evaluering",
            "Datoen for neste evaluering",
            "The date of the next evaluation"
        ),
    }
}

/// The label of a `[[…]]` that is no reference.
pub fn reference_unknown(l: Locale) -> String {
    t!(
        l,
        "Ukjent henvisning",
        "Ukjend tilvising",
        "Unknown reference"
    )
}

/// A group heading in the editor's menu of references.
pub fn reference_group(group: crate::render::reference::ReferenceGroup, l: Locale) -> String {
    use crate::render::reference::ReferenceGroup;
    match group {
        ReferenceGroup::Period => t!(l, "Perioden", "Perioden", "The period"),
        ReferenceGroup::Parties => t!(l, "Partene", "Partane", "The parties"),
        ReferenceGroup::Meetings => t!(l, "Møtene", "Møta", "The meetings"),
    }
}

/// A period in words as a list shows it: "1. januar 2027 – 31. desember 2030", or
/// "1. januar 2027 – inntil videre" when it has no end.
pub fn period_words(period: &crate::agreement::Period, l: Locale) -> String {
    let from = date_words(period.from, l);
    let to = match (period.to, l) {
        (Some(to), _) => date_words(to, l),
        (None, Locale::En) => "until further notice".to_owned(),
        (None, Locale::Nb) => label(Label::UntilFurtherNotice, Lang::Nb).to_owned(),
        (None, Locale::Nn) => label(Label::UntilFurtherNotice, Lang::Nn).to_owned(),
    };
    format!("{from} – {to}")
}

/// A recent file that is no longer where it was.
pub fn recent_gone(l: Locale) -> String {
    t!(
        l,
        "Filen finnes ikke lenger (flyttet, omdøpt eller slettet).",
        "Fila finst ikkje lenger (flytta, omdøypt eller sletta).",
        "The file is no longer there (moved, renamed or deleted).",
    )
}

/// A revision as the source of changes to accept ("revisjon 3").
pub fn merge_source_revision(n: u32, l: Locale) -> String {
    t!(
        l,
        format!("revisjon {n}"),
        format!("revisjon {n}"),
        format!("revision {n}"),
    )
}

/// The changes between two revisions as the source of changes to accept.
pub fn merge_source_revisions(old: u32, new: u32, l: Locale) -> String {
    t!(
        l,
        format!("revisjon {old} til {new}"),
        format!("revisjon {old} til {new}"),
        format!("revision {old} to {new}"),
    )
}

/// Another file of the agreement as the source of changes to accept, with the revision both
/// started from when there is one ("filen utkast.avtale.yaml (fra revisjon 3)").
pub fn merge_source_file(name: &str, common: Option<u32>, l: Locale) -> String {
    match common {
        Some(n) => t!(
            l,
            format!("filen {name} (fra revisjon {n})"),
            format!("fila {name} (frå revisjon {n})"),
            format!("the file {name} (from revision {n})"),
        ),
        None => t!(
            l,
            format!("filen {name}"),
            format!("fila {name}"),
            format!("the file {name}"),
        ),
    }
}

/// A counterpart's Word copy as the source of changes to accept, with the revision it was
/// exported from ("Word-filen utkast-fk.docx (fra revisjon 3)").
pub fn merge_source_word(name: &str, revision: u32, l: Locale) -> String {
    t!(
        l,
        format!("Word-filen {name} (fra revisjon {revision})"),
        format!("Word-fila {name} (frå revisjon {revision})"),
        format!("the Word file {name} (from revision {revision})"),
    )
}

/// The message a revision of accepted changes is offered with; the user may edit it.
pub fn merged_revision(source: &str, l: Locale) -> String {
    t!(
        l,
        format!("Godtatt endringer fra {source}"),
        format!("Godtekne endringar frå {source}"),
        format!("Accepted changes from {source}"),
    )
}

/// Why a change could not be accepted.
pub fn merge_error(err: &crate::merge::MergeError, l: Locale) -> String {
    use crate::merge::MergeError;
    match err {
        MergeError::NoSuchChange(_) => t!(
            l,
            "Endringen finnes ikke lenger. Sammenlign på nytt.",
            "Endringa finst ikkje lenger. Samanlikn på nytt.",
            "The change is no longer there. Compare again.",
        ),
        MergeError::Conflict(_) => t!(
            l,
            "Utkastet ditt har endret den samme teksten. Velg «Behold min» eller «Ta deres».",
            "Utkastet ditt har endra den same teksten. Vel «Behald mi» eller «Ta deira».",
            "Your draft changed the same text. Choose “Keep mine” or “Take theirs”.",
        ),
        MergeError::NoPlace(_) => t!(
            l,
            "Punktet endringen hører til, finnes ikke lenger i utkastet.",
            "Punktet endringa høyrer til, finst ikkje lenger i utkastet.",
            "The section the change belongs to is no longer in the draft.",
        ),
        MergeError::DoesNotFit(_) => t!(
            l,
            "Endringen passer ikke med resten av punktet i utkastet. Godta de andre endringene i punktet først.",
            "Endringa passar ikkje med resten av punktet i utkastet. Godta dei andre endringane i punktet først.",
            "The change does not fit the rest of the section in the draft. Accept the section's other changes first.",
        ),
    }
}

/// A Word document read back as a counterpart's copy that Avtale did not export.
pub fn word_edited_no_stamp(file: &str, l: Locale) -> String {
    t!(
        l,
        format!(
            "{file}: Dokumentet ble ikke eksportert fra Avtale (det mangler avtalens id og revisjon i dokumentegenskapene), så det kan ikke sammenlignes med en revisjon. Bruk «Importer fra Word» for å lese det inn som en ny avtale."
        ),
        format!(
            "{file}: Dokumentet blei ikkje eksportert frå Avtale (det manglar avtalen sin id og revisjon i dokumenteigenskapane), så det kan ikkje samanliknast med ein revisjon. Bruk «Importer frå Word» for å lese det inn som ein ny avtale."
        ),
        format!(
            "{file}: The document was not exported by Avtale (its properties name no agreement and revision), so it cannot be compared with a revision. Use “Import from Word” to read it in as a new agreement."
        ),
    )
}

/// A Word document exported from another agreement than the open one.
pub fn word_edited_other_agreement(file: &str, theirs: &str, ours: &str, l: Locale) -> String {
    t!(
        l,
        format!(
            "{file}: Dokumentet er eksportert fra en annen avtale (id «{theirs}»), ikke fra denne (id «{ours}»)."
        ),
        format!(
            "{file}: Dokumentet er eksportert frå ein annan avtale (id «{theirs}»), ikkje frå denne (id «{ours}»)."
        ),
        format!(
            "{file}: The document was exported from another agreement (id “{theirs}”), not from this one (id “{ours}”)."
        ),
    )
}

/// A Word document exported from an unsaved draft: no revision to compare with.
pub fn word_edited_no_revision(file: &str, l: Locale) -> String {
    t!(
        l,
        format!(
            "{file}: Dokumentet ble eksportert fra et utkast som ikke var lagret som revisjon. Oppgi revisjonen det bygger på: FIL@N."
        ),
        format!(
            "{file}: Dokumentet blei eksportert frå eit utkast som ikkje var lagra som revisjon. Oppgi revisjonen det byggjer på: FIL@N."
        ),
        format!(
            "{file}: The document was exported from a draft not saved as a revision. Name the revision it rests on: FILE@N."
        ),
    )
}

/// A Word document naming a revision the history lacks.
pub fn word_edited_unknown_revision(file: &str, n: u32, l: Locale) -> String {
    t!(
        l,
        format!(
            "{file}: Dokumentet er eksportert fra revisjon {n}, som ikke finnes i avtalens historikk."
        ),
        format!(
            "{file}: Dokumentet er eksportert frå revisjon {n}, som ikkje finst i historikken til avtalen."
        ),
        format!(
            "{file}: The document was exported from revision {n}, which is not in the agreement's history."
        ),
    )
}

/// A Word document whose revision differs from the history's revision of that number.
pub fn word_edited_hash_mismatch(file: &str, n: u32, l: Locale) -> String {
    t!(
        l,
        format!(
            "{file}: Dokumentet sier at det er revisjon {n}, men innholdet stemmer ikke med revisjon {n} i historikken (en annen kopi av avtalen?). Oppgi revisjonen selv: FIL@N."
        ),
        format!(
            "{file}: Dokumentet seier at det er revisjon {n}, men innhaldet stemmer ikkje med revisjon {n} i historikken (ein annan kopi av avtalen?). Oppgi revisjonen sjølv: FIL@N."
        ),
        format!(
            "{file}: The document says it is revision {n}, but it does not match revision {n} in the history (another copy of the agreement?). Name the revision yourself: FILE@N."
        ),
    )
}

/// One author's tracked changes in a section: "Spor endringer av Kari: satt inn «…»; slettet «…»".
pub fn word_edited_author_line(
    author: &str,
    inserted: &[String],
    deleted: &[String],
    l: Locale,
) -> String {
    let quote = |words: &[String]| {
        words
            .iter()
            .map(|w| format!("«{w}»"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = Vec::new();
    if !inserted.is_empty() {
        parts.push(format!(
            "{} {}",
            t!(l, "satt inn", "sett inn", "inserted"),
            quote(inserted)
        ));
    }
    if !deleted.is_empty() {
        parts.push(format!(
            "{} {}",
            t!(l, "slettet", "sletta", "deleted"),
            quote(deleted)
        ));
    }
    let parts = parts.join("; ");
    t!(
        l,
        format!("Sporet endring av {author}: {parts}"),
        format!("Spora endring av {author}: {parts}"),
        format!("Tracked change by {author}: {parts}"),
    )
}

/// A comment from a Word document, beside its section.
pub fn word_edited_comment_line(author: &str, quoted: &str, text: &str, l: Locale) -> String {
    let on = if quoted.trim().is_empty() {
        String::new()
    } else {
        format!(" «{quoted}»")
    };
    t!(
        l,
        format!("Kommentar fra {author}{on}: {text}"),
        format!("Kommentar frå {author}{on}: {text}"),
        format!("Comment by {author}{on}: {text}"),
    )
}

/// An edit in a Word document that could not be placed back into the agreement.
pub fn word_edited_unplaced_line(before: Option<&str>, after: Option<&str>, l: Locale) -> String {
    let what = match (before, after) {
        (Some(b), Some(a)) => format!("«{b}» → «{a}»"),
        (Some(b), None) => format!("«{b}» {}", t!(l, "fjernet", "fjerna", "removed")),
        (None, Some(a)) => format!("«{a}» {}", t!(l, "lagt til", "lagt til", "added")),
        (None, None) => String::new(),
    };
    t!(
        l,
        format!("Kunne ikke føres tilbake i avtalen, før det inn for hånd: {what}"),
        format!("Kunne ikkje førast tilbake i avtalen, før det inn for hand: {what}"),
        format!("Could not be placed back into the agreement, carry it over by hand: {what}"),
    )
}

/// The heading of the notes from a Word document outside every section.
pub fn word_edited_outside(l: Locale) -> String {
    t!(
        l,
        "Utenfor punktene (tittel og forside)",
        "Utanfor punkta (tittel og framside)",
        "Outside the sections (title and cover)",
    )
}

/// The heading of a section that only has notes from a Word document (comments), no change.
pub fn word_edited_notes_only(l: Locale) -> String {
    t!(l, "kommentarer", "kommentarar", "comments")
}
