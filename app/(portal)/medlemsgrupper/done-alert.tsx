import { t } from "@/lib/i18n";

type DoneCode = keyof typeof t.groups.done;

/** The success message after a change (the page reloads with ?ok=<code>). */
export function DoneAlert({ code }: { code: string | undefined }) {
  if (!code || !Object.hasOwn(t.groups.done, code)) return null;
  return (
    <div className="ds-alert" data-color="success" role="status">
      <p className="ds-paragraph">{t.groups.done[code as DoneCode]}</p>
    </div>
  );
}
