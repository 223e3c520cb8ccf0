import { describe, expect, it } from "vitest";
import { clauseForms, type Field } from "./clauseForms";

function tasksField(): Extract<Field, { type: "list" }> {
  const roles = clauseForms.roles;
  if (roles.type !== "list") throw new Error("roles is a list");
  const tasks = roles.item.find((f) => f.key === "tasks");
  if (!tasks || tasks.type !== "list") throw new Error("tasks is a list");
  return tasks;
}

describe("the roles form", () => {
  it("gives a new task to the role's party", () => {
    expect(tasksField().blank({ role: "OT-koordinator", party: "fk" })).toEqual({ task: "", responsible: "fk" });
  });

  it("leaves a new task's party open when the role has none", () => {
    expect(tasksField().blank({ role: "Ny rolle" })).toEqual({ task: "" });
    expect(tasksField().blank(undefined)).toEqual({ task: "" });
  });
});

describe("number fields", () => {
  function numberFields(fields: Field[], prefix = ""): [string, boolean][] {
    return fields.flatMap((f): [string, boolean][] => {
      const path = `${prefix}${f.key}`;
      if (f.type === "number") return [[path, f.integer === true]];
      if (f.type === "list") return numberFields(f.item, `${path}.`);
      if (f.type === "object") return numberFields(f.fields, `${path}.`);
      return [];
    });
  }

  it("take decimals for a meeting's length only; ages, kroner and months are whole", () => {
    expect(Object.fromEntries(numberFields(Object.values(clauseForms)))).toEqual({
      "meetings.hours": false,
      "target_groups.age.from": true,
      "target_groups.age.to": true,
      "finances.amount_nok": true,
      "termination.notice_months": true,
    });
  });
});
