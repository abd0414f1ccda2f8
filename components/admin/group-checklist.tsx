"use client";

import { useState, type KeyboardEvent } from "react";
import { ChoiceField } from "@/components/ui/choice-field";
import { normaliseSearch } from "@/lib/groups/search-text";

export type GroupChecklistTexts = { label: string; hint: string; noMatch: string };

/**
 * A checkbox per member group (`group-<id>`), with a field that narrows the list by name: the
 * register holds hundreds of groups. A ticked group stays in view, and a group filtered out
 * keeps its box as it was, so the form sends the same either way.
 */
export function GroupChecklist({
  idPrefix,
  groups,
  initiallyChecked,
  texts,
}: {
  idPrefix: string;
  groups: Array<{ id: string; name: string }>;
  initiallyChecked: (groupId: string) => boolean;
  texts: GroupChecklistTexts;
}) {
  const [query, setQuery] = useState("");
  const [ticked, setTicked] = useState(
    () => new Set(groups.filter((g) => initiallyChecked(g.id)).map((g) => g.id)),
  );
  const wanted = normaliseSearch(query);
  const shown = (group: { id: string; name: string }) =>
    !wanted || ticked.has(group.id) || normaliseSearch(group.name).includes(wanted);
  const filterId = `${idPrefix}-filter`;
  return (
    <>
      {groups.length > 1 ? (
        <div className="ds-field">
          <label className="ds-label" htmlFor={filterId}>
            {texts.label}
          </label>
          <div data-field="description" id={`${filterId}-hint`}>
            {texts.hint}
          </div>
          <input
            className="ds-input"
            id={filterId}
            type="search"
            autoComplete="off"
            aria-describedby={`${filterId}-hint`}
            aria-controls={`${idPrefix}-list`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            // Enter narrows the list; it must not send the form.
            onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
              if (event.key === "Enter") event.preventDefault();
            }}
          />
        </div>
      ) : null}
      <div id={`${idPrefix}-list`} className="flex flex-col gap-1">
        {groups.map((group) => (
          <div key={group.id} hidden={!shown(group)}>
            <ChoiceField
              type="checkbox"
              id={`${idPrefix}-${group.id}`}
              name={`group-${group.id}`}
              label={group.name}
              defaultChecked={initiallyChecked(group.id)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setTicked((before) => {
                  const after = new Set(before);
                  if (checked) after.add(group.id);
                  else after.delete(group.id);
                  return after;
                });
              }}
            />
          </div>
        ))}
      </div>
      <p className="ds-paragraph" data-size="sm" role="status">
        {groups.length > 0 && !groups.some(shown) ? texts.noMatch : null}
      </p>
    </>
  );
}
