"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { completeReviewAction } from "./actions";

export type ReviewRow = {
  userId: string;
  name: string;
  joined: string;
  lastLogin: string;
  confirmed: string;
  /** The reviewing admin: kept, no choice. */
  self: boolean;
};

type Texts = {
  columns: { name: string; joined: string; lastLogin: string; confirmed: string; decision: string };
  keep: string;
  remove: string;
  you: string;
  finish: string;
  finishing: string;
};

/** Every member with `Behold` (chosen) or `Fjern`, and one button to finish. */
export function ReviewForm({
  reviewId,
  rows,
  texts,
}: {
  reviewId: string;
  rows: ReviewRow[];
  texts: Texts;
}) {
  const [state, action] = useActionState(completeReviewAction, initialActionState);
  if (state.ok && state.message) {
    return (
      <Alert color="success">
        <p className="ds-paragraph">{state.message}</p>
      </Alert>
    );
  }
  const c = texts.columns;
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="reviewId" value={reviewId} />
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={c.name}>
        <table className="ds-table" data-border>
          <thead>
            <tr>
              <th scope="col">{c.name}</th>
              <th scope="col">{c.joined}</th>
              <th scope="col">{c.lastLogin}</th>
              <th scope="col">{c.confirmed}</th>
              <th scope="col">{c.decision}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const nameId = `gjennomgang-${row.userId}`;
              return (
                <tr key={row.userId}>
                  <th scope="row" id={nameId} className="font-normal">
                    {row.name}
                  </th>
                  <td>{row.joined}</td>
                  <td>{row.lastLogin}</td>
                  <td>{row.confirmed}</td>
                  <td>
                    {row.self ? (
                      texts.you
                    ) : (
                      <div role="radiogroup" aria-labelledby={nameId} className="flex gap-4">
                        {(["behold", "fjern"] as const).map((value) => (
                          <label key={value} className="ds-label flex items-center gap-2">
                            <input
                              type="radio"
                              className="ds-input"
                              name={`beslutning-${row.userId}`}
                              value={value}
                              defaultChecked={value === "behold"}
                            />
                            {value === "behold" ? texts.keep : texts.remove}
                          </label>
                        ))}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <SubmitButton label={texts.finish} pendingLabel={texts.finishing} />
      </div>
    </form>
  );
}
