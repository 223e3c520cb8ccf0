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
      add: MessageKey;
      /** A new item; `owner` is the object holding the list (a role, for its tasks). */
      blank: (owner: unknown) => object;
    }
  | { key: string; label: MessageKey; type: "object"; fields: Field[]; blank: () => object };

/** How to reach a person: name, e-mail and phone (contacts and their deputies). */
const reach: Field[] = [
  { key: "name", label: "fName", type: "text" },
  { key: "email", label: "fEmail", type: "text" },
  { key: "phone", label: "fPhone", type: "text" },
];

/** A deputy who stands in for a contact person. */
const deputy: Field = {
  key: "deputy",
  label: "fDeputy",
  type: "object",
  blank: () => ({ name: "" }),
  fields: reach,
};

const members: Field = {
  key: "members",
  label: "fMembers",
  type: "list",
  add: "addMember",
  blank: () => ({ role: "" }),
  item: [
    { key: "role", label: "fRole", type: "text" },
    { key: "party", label: "fParty", type: "party" },
  ],
};

const meeting: Field[] = [
  { key: "name", label: "fMeetingName", type: "text" },
  {
    key: "level",
    label: "fLevel",
    type: "select",
    optional: true,
    options: [
      ["strategisk", "levelStrategisk"],
      ["operativ", "levelOperativ"],
    ],
  },
  { key: "purpose", label: "fPurpose", type: "textarea" },
  members,
  { key: "chair", label: "fChair", type: "holder" },
  { key: "cadence", label: "fCadence", type: "cadence" },
  { key: "hours", label: "fHours", type: "number" },
  { key: "regions", label: "fRegions", type: "strings" },
  { key: "agenda", label: "fAgenda", type: "strings" },
  { key: "minutes", label: "fMinutes", type: "holder" },
];

/** The top-level field of a section that holds each clause kind's data, and its form. */
export const clauseForms: Record<Exclude<ClauseKind, "prose">, Field> = {
  roles: {
    key: "roles",
    label: "kRoles",
    type: "list",
    add: "addRole",
    blank: () => ({ role: "", tasks: [] }),
    item: [
      { key: "role", label: "fRole", type: "text" },
      { key: "party", label: "fParty", type: "party" },
      {
        key: "tasks",
        label: "fTasks",
        type: "list",
        add: "addTask",
        // A new task is the role's party's until the user says otherwise.
        blank: (role) => {
          const party = (role as { party?: string } | undefined)?.party;
          return party ? { task: "", responsible: party } : { task: "" };
        },
        item: [
          { key: "task", label: "fTask", type: "textarea" },
          { key: "responsible", label: "fResponsible", type: "party" },
          { key: "deadline", label: "fDeadlineText", type: "text" },
        ],
      },
    ],
  },
  mandate: {
    key: "mandate",
    label: "kMandate",
    type: "object",
    blank: () => ({ group: "" }),
    fields: [
      { key: "group", label: "fGroup", type: "text" },
      { key: "purpose", label: "fPurpose", type: "textarea" },
      { key: "deliverables", label: "fDeliverables", type: "strings" },
      { key: "authority", label: "fAuthority", type: "textarea" },
      { key: "reports_to", label: "fReportsTo", type: "text" },
      members,
      { key: "leader", label: "fLeader", type: "holder" },
    ],
  },
  boundaries: {
    key: "boundaries",
    label: "kBoundaries",
    type: "list",
    add: "addBoundary",
    blank: () => ({ area: "" }),
    item: [
      { key: "area", label: "fArea", type: "text" },
      { key: "lead", label: "fLead", type: "party" },
      { key: "support", label: "fSupport", type: "parties" },
      { key: "handover", label: "fHandover", type: "textarea" },
    ],
  },
  meetings: {
    key: "meetings",
    label: "kMeetings",
    type: "list",
    add: "addMeeting",
    blank: () => ({ name: "" }),
    item: meeting,
  },
  steps: {
    key: "steps",
    label: "kSteps",
    type: "list",
    add: "addStep",
    blank: () => ({ action: "" }),
    item: [
      { key: "action", label: "fAction", type: "textarea" },
      { key: "responsible", label: "fResponsible", type: "party" },
      { key: "deadline", label: "fDeadlineText", type: "text" },
    ],
  },
  target_groups: {
    key: "target_groups",
    label: "kTargetGroups",
    type: "list",
    add: "addTargetGroup",
    blank: () => ({ name: "" }),
    item: [
      { key: "name", label: "fName", type: "text" },
      { key: "definition", label: "fDefinition", type: "textarea" },
      {
        key: "age",
        label: "fAge",
        type: "object",
        blank: () => ({ from: 15, to: 21 }),
        fields: [
          { key: "from", label: "fAgeFrom", type: "number", integer: true },
          { key: "to", label: "fAgeTo", type: "number", integer: true },
        ],
      },
      { key: "criteria", label: "fCriteria", type: "strings" },
      { key: "lead", label: "fLead", type: "party" },
    ],
  },
  goals: {
    key: "goals",
    label: "kGoals",
    type: "list",
    add: "addGoal",
    blank: () => ({ goal: "" }),
    item: [
      { key: "goal", label: "fGoal", type: "text" },
      { key: "indicator", label: "fIndicator", type: "text" },
      { key: "target", label: "fTarget", type: "text" },
      { key: "deadline", label: "fDeadline", type: "date" },
      { key: "responsible", label: "fResponsible", type: "party" },
    ],
  },
  measures: {
    key: "measures",
    label: "kMeasures",
    type: "list",
    add: "addMeasure",
    blank: () => ({ name: "" }),
    item: [
      { key: "name", label: "fName", type: "text" },
      { key: "description", label: "fDescription", type: "textarea" },
      { key: "responsible", label: "fResponsible", type: "party" },
      { key: "start", label: "fStart", type: "date" },
      { key: "deadline", label: "fDeadline", type: "date" },
    ],
  },
  contacts: {
    key: "contacts",
    label: "kContacts",
    type: "list",
    add: "addContact",
    blank: () => ({ name: "" }),
    item: [
      { key: "party", label: "fParty", type: "party" },
      { key: "role", label: "fRole", type: "text" },
      ...reach,
      deputy,
    ],
  },
  information_sharing: {
    key: "information_sharing",
    label: "kInformationSharing",
    type: "object",
    blank: () => ({ personal_data: false }),
    fields: [
      { key: "personal_data", label: "fPersonalData", type: "bool" },
      { key: "purpose", label: "fPurpose", type: "textarea" },
      { key: "legal_basis", label: "fLegalBasis", type: "textarea" },
      {
        key: "consent",
        label: "fConsent",
        type: "object",
        blank: () => ({ given_by: "", written: true }),
        fields: [
          { key: "given_by", label: "fGivenBy", type: "text" },
          { key: "written", label: "fWritten", type: "bool" },
          { key: "scope", label: "fScope", type: "textarea" },
          { key: "withdrawal", label: "fWithdrawal", type: "textarea" },
        ],
      },
    ],
  },
  finances: {
    key: "finances",
    label: "kFinances",
    type: "list",
    add: "addFinance",
    blank: () => ({ party: "", contribution: "" }),
    item: [
      { key: "party", label: "fParty", type: "party" },
      { key: "contribution", label: "fContribution", type: "textarea" },
      { key: "amount_nok", label: "fAmount", type: "number", integer: true },
    ],
  },
  reporting: {
    key: "reporting",
    label: "kReporting",
    type: "list",
    add: "addReport",
    blank: () => ({ report: "" }),
    item: [
      { key: "report", label: "fReport", type: "text" },
      { key: "from", label: "fFrom", type: "party" },
      { key: "to", label: "fTo", type: "text" },
      { key: "cadence", label: "fCadence", type: "cadence" },
    ],
  },
  evaluation: {
    key: "evaluation",
    label: "kEvaluation",
    type: "object",
    blank: () => ({}),
    fields: [
      { key: "cadence", label: "fCadence", type: "cadence" },
      { key: "next", label: "fNext", type: "date" },
      { key: "responsible", label: "fResponsibleHolder", type: "holder" },
      { key: "questions", label: "fQuestions", type: "strings" },
    ],
  },
  termination: {
    key: "termination",
    label: "kTermination",
    type: "object",
    blank: () => ({}),
    fields: [{ key: "notice_months", label: "fNoticeMonths", type: "number", integer: true }],
  },
  signatures: {
    key: "signatures",
    label: "kSignatures",
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
    label: "kAnnexes",
    type: "list",
    add: "addAnnex",
    blank: () => ({ title: "" }),
    item: [
      { key: "title", label: "fTitle", type: "text" },
      { key: "reference", label: "fReference", type: "text" },
    ],
  },
};

/** A party's own fields. */
export const partyFields: Field[] = [
  { key: "organisation", label: "organisation", type: "text" },
  { key: "unit", label: "unit", type: "text" },
  {
    key: "kind",
    label: "partyKind",
    type: "select",
    options: [
      ["nav_fylke", "pk_nav_fylke"],
      ["nav_kontor", "pk_nav_kontor"],
      ["fylkeskommune", "pk_fylkeskommune"],
      ["skole", "pk_skole"],
      ["kommune", "pk_kommune"],
      ["ks", "pk_ks"],
      ["annen", "pk_annen"],
    ],
  },
  {
    key: "signatory",
    label: "signatoryName",
    type: "object",
    blank: () => ({ name: "", title: "" }),
    fields: [
      { key: "name", label: "fName", type: "text" },
      { key: "title", label: "signatoryTitle", type: "text" },
    ],
  },
  {
    key: "contact",
    label: "contactName",
    type: "object",
    blank: () => ({ name: "" }),
    fields: [...reach, deputy],
  },
];

/** The agreement's glossary. */
export const glossaryField: Field = {
  key: "glossary",
  label: "glossary",
  type: "list",
  add: "addTerm",
  blank: () => ({ term: "", definition: "" }),
  item: [
    { key: "term", label: "term", type: "text" },
    { key: "definition", label: "definition", type: "textarea" },
  ],
};

/** Other agreements this one rests on, replaces or relates to (`meta.references`). */
export const referenceFields: Field[] = [
  {
    key: "references",
    label: "references",
    type: "list",
    add: "addReference",
    blank: () => ({ relation: "bygger_pa", title: "" }),
    item: [
      {
        key: "relation",
        label: "fRelation",
        type: "select",
        options: [
          ["bygger_pa", "relationByggerPa"],
          ["erstatter", "relationErstatter"],
          ["relatert", "relationRelatert"],
        ],
      },
      { key: "title", label: "fTitle", type: "text" },
      { key: "date", label: "fAgreementDate", type: "date" },
      { key: "file", label: "fAgreementFile", type: "text" },
    ],
  },
];
