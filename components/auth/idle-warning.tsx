"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { t } from "@/lib/i18n";

type Props = { idleSeconds: number; warnBeforeSeconds: number };

async function sessionEndsAt(method: "GET" | "POST"): Promise<number | null> {
  try {
    const res = await fetch("/api/okt", { method, cache: "no-store" });
    const body = (await res.json()) as { active: boolean; endsAt?: string };
    return body.active && body.endsAt ? new Date(body.endsAt).getTime() : null;
  } catch {
    return Date.now() + 30_000; // Offline for a moment: ask again shortly.
  }
}

/**
 * Seed 000's habit: a warning a minute before the 15-minute idle logout, a way to stay,
 * and a clear landing page when time is up. The server decides; this only asks it.
 */
export function IdleWarning({ idleSeconds, warnBeforeSeconds }: Props) {
  const pathname = usePathname();
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [endsAt, setEndsAt] = useState(() => Date.now() + idleSeconds * 1000);
  const [secondsLeft, setSecondsLeft] = useState(idleSeconds);
  const m = t.auth;

  // Every navigation is activity on the server; restart the local count too.
  useEffect(() => {
    const timer = setTimeout(() => setEndsAt(Date.now() + idleSeconds * 1000), 0);
    return () => clearTimeout(timer);
  }, [pathname, idleSeconds]);

  const expire = useCallback(() => {
    router.replace(`/logg-inn?utlopt=1&callbackUrl=${encodeURIComponent(pathname)}`);
  }, [router, pathname]);

  useEffect(() => {
    const tick = setInterval(async () => {
      const left = Math.round((endsAt - Date.now()) / 1000);
      setSecondsLeft(Math.max(0, left));
      const dialog = dialogRef.current;
      if (left <= warnBeforeSeconds && dialog && !dialog.open) {
        // Another tab may have kept the session alive: ask before warning.
        const serverEnds = await sessionEndsAt("GET");
        if (serverEnds === null) return expire();
        if (serverEnds - Date.now() > warnBeforeSeconds * 1000) return setEndsAt(serverEnds);
        dialog.showModal();
      }
      if (left <= 0) {
        const serverEnds = await sessionEndsAt("GET");
        if (serverEnds === null || serverEnds <= Date.now()) return expire();
        dialog?.close();
        setEndsAt(serverEnds);
      }
    }, 1000);
    return () => clearInterval(tick);
  }, [endsAt, warnBeforeSeconds, expire]);

  async function stay() {
    const serverEnds = await sessionEndsAt("POST");
    if (serverEnds === null) return expire();
    setEndsAt(serverEnds);
    dialogRef.current?.close();
  }

  return (
    <dialog
      ref={dialogRef}
      className="ds-dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
    >
      <h2 id="idle-title" className="ds-heading" data-size="sm">
        {m.idleWarningTitle}
      </h2>
      <p id="idle-body" className="ds-paragraph">
        {m.idleWarningBody(secondsLeft)}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" className="ds-button" data-variant="primary" onClick={stay} autoFocus>
          {m.stayLoggedIn}
        </button>
        <form action="/logg-ut" method="post">
          <button type="submit" className="ds-button" data-variant="secondary">
            {m.logout}
          </button>
        </form>
      </div>
    </dialog>
  );
}
