// How each kind of structured clause is edited as a form: which fields, of which type, under
// which label. One generic form component renders these, so every clause kind gets a form
// without a component of its own.

import type { ClauseKind } from "./bindings/ClauseKind";
import type { MessageKey } from "./i18n";

export type Field =
  | { key: string; label: MessageKey; type: "text" | "textarea" | "date" | "bool" }
  /** A number, typed with a decimal comma or point; `integer` for counts, months and kroner. */
  | { key: string; label: MessageKey; type: "number"; integer?: boolean }
  | { key: string; label: MessageKey; type: "party" | "parties" | "cadence" | "holder" }
  | { key: string; label: MessageKey; type: "strings" }
  /** Region tags: chosen from the agreement's regions, or typed one a line when it has none. */
  | { key: string; label: MessageKey; type: "regions" }
  | {
      key: string;
      label: MessageKey;
      type: "select";
      options: [string, MessageKey][];
      /** Offers "(ingen)", which removes the field. */
      optional?: boolean;
    }
  | {
      key: string;
      label: MessageKey;
      type: "list";
      item: Field[];
      /**
       * The keys of the item's fields shown as the table's columns, in order (text, text area,
       * date, number, select or party); the rest are behind each row's "more".
       */
      columns: string[];
      /** Each row's other fields are shown open at first (a role's tasks are its substance). */
      openMore?: boolean;
      add: MessageKey;
      /** A new item; `owner` is the object holding the list (a role, for its tasks). */
      blank: (owner: unknown) => object;
    }
  | { key: string; label: MessageKey; type: "object"; fields: Field[]; blank: () => object };

/** How to reach a person: name, e-mail and phone (contacts and their deputies). */
const reach: Field[] = [
  { key: "name", label: "field-name", type: "text" },
  { key: "email", label: "field-email", type: "text" },
  { key: "phone", label: "field-phone", type: "text" },
];

/** A deputy who stands in for a contact person. */
const deputy: Field = {
  key: "deputy",
  label: "field-deputy",
  type: "object",
  blank: () => ({ name: "" }),
  fields: reach,
};

const members: Field = {
  key: "members",
  label: "label-members",
  type: "list",
  columns: ["role", "party"],
  add: "addMember",
  blank: () => ({ role: "" }),
  item: [
    { key: "role", label: "field-role", type: "text" },
    { key: "party", label: "field-party", type: "party" },
  ],
};

const meeting: Field[] = [
  { key: "name", label: "field-meetings", type: "text" },
  {
    key: "level",
    label: "field-level",
    type: "select",
    optional: true,
    options: [
      ["strategisk", "level-strategisk"],
      ["operativ", "level-operativ"],
    ],
  },
  { key: "purpose", label: "field-purpose", type: "textarea" },
  members,
  { key: "chair", label: "field-chair", type: "holder" },
  { key: "cadence", label: "field-cadence", type: "cadence" },
  { key: "hours", label: "fHours", type: "number" },
  { key: "regions", label: "fRegions", type: "regions" },
  { key: "agenda", label: "field-agenda", type: "strings" },
  { key: "minutes", label: "field-minutes", type: "holder" },
];

/** The top-level field of a section that holds each clause kind's data, and its form. */
export const clauseForms: Record<Exclude<ClauseKind, "prose">, Field> = {
  roles: {
    key: "roles",
    label: "kRoles",
    type: "list",
    columns: ["role", "party"],
    openMore: true,
    add: "addRole",
    blank: () => ({ role: "", tasks: [] }),
    item: [
      { key: "role", label: "field-role", type: "text" },
      { key: "party", label: "field-party", type: "party" },
      {
        key: "tasks",
        label: "fTasks",
        type: "list",
        columns: ["task", "responsible", "deadline"],
        add: "addTask",
        // A new task is the role's party's until the user says otherwise.
        blank: (role) => {
          const party = (role as { party?: string } | undefined)?.party;
          return party ? { task: "", responsible: party } : { task: "" };
        },
        item: [
          { key: "task", label: "field-tasks", type: "textarea" },
          { key: "responsible", label: "fResponsible", type: "party" },
          { key: "deadline", label: "field-deadline", type: "text" },
        ],
      },
    ],
  },
  mandate: {
    key: "mandate",
    label: "field-mandate",
    type: "object",
    blank: () => ({ group: "" }),
    fields: [
      { key: "group", label: "field-group", type: "text" },
      { key: "purpose", label: "field-purpose", type: "textarea" },
      { key: "deliverables", label: "field-deliverables", type: "strings" },
      { key: "authority", label: "field-authority", type: "textarea" },
      { key: "reports_to", label: "field-reports-to", type: "text" },
      members,
      { key: "leader", label: "field-leader", type: "holder" },
    ],
  },
  boundaries: {
    key: "boundaries",
    label: "kBoundaries",
    type: "list",
    columns: ["area", "lead"],
    add: "addBoundary",
    blank: () => ({ area: "" }),
    item: [
      { key: "area", label: "field-area", type: "text" },
      { key: "lead", label: "field-lead", type: "party" },
      { key: "support", label: "field-support", type: "parties" },
      { key: "handover", label: "field-handover", type: "textarea" },
    ],
  },
  meetings: {
    key: "meetings",
    label: "kMeetings",
    type: "list",
    columns: ["name", "level"],
    add: "addMeeting",
    blank: () => ({ name: "" }),
    item: meeting,
  },
  steps: {
    key: "steps",
    label: "field-steps",
    type: "list",
    columns: ["action", "responsible", "deadline"],
    add: "addStep",
    blank: () => ({ action: "" }),
    item: [
      { key: "action", label: "field-action", type: "textarea" },
      { key: "responsible", label: "fResponsible", type: "party" },
      { key: "deadline", label: "field-deadline", type: "text" },
    ],
  },
  target_groups: {
    key: "target_groups",
    label: "kTargetGroups",
    type: "list",
    columns: ["name", "lead"],
    add: "addTargetGroup",
    blank: () => ({ name: "" }),
    item: [
      { key: "name", label: "field-name", type: "text" },
      { key: "definition", label: "field-definition", type: "textarea" },
      {
        key: "age",
        label: "field-age",
        type: "object",
        blank: () => ({ from: 15, to: 21 }),
        fields: [
          { key: "from", label: "fAgeFrom", type: "number", integer: true },
          { key: "to", label: "fAgeTo", type: "number", integer: true },
        ],
      },
      { key: "criteria", label: "field-criteria", type: "strings" },
      { key: "lead", label: "field-lead", type: "party" },
    ],
  },
  goals: {
    key: "goals",
    label: "field-goals",
    type: "list",
    columns: ["goal", "indicator", "target", "deadline", "responsible"],
    add: "addGoal",
    blank: () => ({ goal: "" }),
    item: [
      { key: "goal", label: "field-goal", type: "text" },
      { key: "indicator", label: "field-indicator", type: "text" },
      { key: "target", label: "field-target", type: "text" },
      { key: "deadline", label: "fDeadline", type: "date" },
      { key: "responsible", label: "fResponsible", type: "party" },
      {
        key: "baseline",
        label: "field-baseline",
        type: "object",
        blank: () => ({ value: "" }),
        fields: [
          { key: "value", label: "field-value", type: "text" },
          { key: "date", label: "fAgreementDate", type: "date" },
        ],
      },
      { key: "source", label: "field-source", type: "text" },
      {
        key: "kind",
        label: "field-kind",
        type: "select",
        optional: true,
        options: [
          ["effekt", "goal-kind-effekt"],
          ["resultat", "goal-kind-resultat"],
          ["prosess", "goal-kind-prosess"],
        ],
      },
      { key: "shared", label: "field-shared", type: "bool" },
    ],
  },
  measures: {
    key: "measures",
    label: "field-measures",
    type: "list",
    columns: ["name", "responsible", "start", "deadline"],
    add: "addMeasure",
    blank: () => ({ name: "" }),
    item: [
      { key: "name", label: "field-name", type: "text" },
      { key: "description", label: "field-description", type: "textarea" },
      { key: "responsible", label: "fResponsible", type: "party" },
      { key: "start", label: "field-start", type: "date" },
      { key: "deadline", label: "fDeadline", type: "date" },
      { key: "regions", label: "label-tagged-regions", type: "regions" },
    ],
  },
  contacts: {
    key: "contacts",
    label: "kContacts",
    type: "list",
    columns: ["party", "role", "name", "email", "phone"],
    add: "addContact",
    blank: () => ({ name: "" }),
    item: [
      { key: "party", label: "field-party", type: "party" },
      { key: "role", label: "field-role", type: "text" },
      ...reach,
      deputy,
      { key: "regions", label: "label-tagged-regions", type: "regions" },
    ],
  },
  information_sharing: {
    key: "information_sharing",
    label: "kInformationSharing",
    type: "object",
    blank: () => ({ personal_data: false }),
    fields: [
      { key: "personal_data", label: "label-personal-data", type: "bool" },
      { key: "purpose", label: "field-purpose", type: "textarea" },
      { key: "legal_basis", label: "field-legal-basis", type: "textarea" },
      {
        key: "consent",
        label: "field-consent",
        type: "object",
        blank: () => ({ given_by: "", written: true }),
        fields: [
          { key: "given_by", label: "field-given-by", type: "text" },
          { key: "written", label: "field-written", type: "bool" },
          { key: "scope", label: "field-scope", type: "textarea" },
          { key: "withdrawal", label: "field-withdrawal", type: "textarea" },
        ],
      },
    ],
  },
  finances: {
    key: "finances",
    label: "category-okonomi",
    type: "list",
    columns: ["party", "contribution", "amount_nok"],
    add: "addFinance",
    blank: () => ({ party: "", contribution: "" }),
    item: [
      { key: "party", label: "field-party", type: "party" },
      { key: "contribution", label: "field-contribution", type: "textarea" },
      { key: "amount_nok", label: "field-amount-nok", type: "number", integer: true },
    ],
  },
  reporting: {
    key: "reporting",
    label: "kReporting",
    type: "list",
    columns: ["report", "from", "to"],
    add: "addReport",
    blank: () => ({ report: "" }),
    item: [
      { key: "report", label: "field-reporting", type: "text" },
      { key: "from", label: "field-from", type: "party" },
      { key: "to", label: "field-to", type: "text" },
      { key: "cadence", label: "field-cadence", type: "cadence" },
    ],
  },
  evaluation: {
    key: "evaluation",
    label: "reason-kind-evaluering",
    type: "object",
    blank: () => ({}),
    fields: [
      { key: "cadence", label: "field-cadence", type: "cadence" },
      { key: "next", label: "field-next", type: "date" },
      { key: "responsible", label: "field-responsible", type: "holder" },
      { key: "questions", label: "field-questions", type: "strings" },
    ],
  },
  termination: {
    key: "termination",
    label: "field-termination",
    type: "object",
    blank: () => ({}),
    fields: [{ key: "notice_months", label: "field-notice-months", type: "number", integer: true }],
  },
  signatures: {
    key: "signatures",
    label: "field-signatures",
    type: "object",
    blank: () => ({}),
    fields: [
      { key: "parties", label: "fSigningParties", type: "parties" },
      // The planned common place and date, printed in every block until a registered signing
      // gives the party's own.
      { key: "place", label: "fSigningPlace", type: "text" },
      { key: "date", label: "fSigningDate", type: "date" },
    ],
  },
  annexes: {
    key: "annexes",
    label: "field-annexes",
    type: "list",
    columns: ["title", "reference"],
    add: "addAnnex",
    blank: () => ({ title: "" }),
    item: [
      { key: "title", label: "field-title", type: "text" },
      { key: "reference", label: "field-reference", type: "text" },
    ],
  },
};

/** A party's own fields. */
export const partyFields: Field[] = [
  { key: "organisation", label: "field-organisation", type: "text" },
  { key: "unit", label: "field-unit", type: "text" },
  {
    key: "kind",
    label: "field-kind",
    type: "select",
    options: [
      ["nav_fylke", "party-kind-nav-fylke"],
      ["nav_kontor", "party-kind-nav-kontor"],
      ["fylkeskommune", "party-kind-fylkeskommune"],
      ["skole", "party-kind-skole"],
      ["kommune", "party-kind-kommune"],
      ["ks", "party-kind-ks"],
      ["annen", "party-kind-annen"],
    ],
  },
  {
    key: "signatory",
    label: "signatoryName",
    type: "object",
    blank: () => ({ name: "", title: "" }),
    fields: [
      { key: "name", label: "field-name", type: "text" },
      { key: "title", label: "signatoryTitle", type: "text" },
    ],
  },
  {
    key: "contact",
    label: "field-contact",
    type: "object",
    blank: () => ({ name: "" }),
    fields: [...reach, deputy, { key: "regions", label: "label-tagged-regions", type: "regions" }],
  },
];

/** The agreement's glossary. */
export const glossaryField: Field = {
  key: "glossary",
  label: "field-glossary",
  type: "list",
  columns: ["term", "definition"],
  add: "addTerm",
  blank: () => ({ term: "", definition: "" }),
  item: [
    { key: "term", label: "field-term", type: "text" },
    { key: "definition", label: "field-definition", type: "textarea" },
  ],
};

/** Other agreements this one rests on, replaces or relates to (`meta.references`). */
export const referenceFields: Field[] = [
  {
    key: "references",
    label: "references",
    type: "list",
    columns: ["relation", "title", "date", "file"],
    add: "addReference",
    blank: () => ({ relation: "bygger_pa", title: "" }),
    item: [
      {
        key: "relation",
        label: "fRelation",
        type: "select",
        options: [
          ["bygger_pa", "label-builds-on"],
          ["erstatter", "label-replaces"],
          ["relatert", "label-related-to"],
        ],
      },
      { key: "title", label: "field-title", type: "text" },
      { key: "date", label: "fAgreementDate", type: "date" },
      { key: "file", label: "fAgreementFile", type: "text" },
    ],
  },
];

/** The regions the agreement reaches (`meta.regions`), with their Nav offices and municipalities. */
export const regionFields: Field[] = [
  {
    key: "regions",
    label: "label-tagged-regions",
    type: "list",
    columns: ["name"],
    add: "addRegion",
    blank: () => ({ name: "" }),
    item: [
      { key: "name", label: "field-name", type: "text" },
      { key: "offices", label: "label-nav-offices", type: "strings" },
      { key: "municipalities", label: "label-municipalities", type: "strings" },
    ],
  },
];
