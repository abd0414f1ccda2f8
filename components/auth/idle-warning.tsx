"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { auth as nbAuth } from "@/lib/i18n/nb/auth";
import { auth as enAuth } from "@/lib/i18n/en/auth";
import { localized } from "@/lib/i18n/locale";

type Props = { idleSeconds: number; warnBeforeSeconds: number };

/**
 * When the session ends by this browser's clock, or null when it has ended. The server says
 * how many seconds are left, so a wrong clock on the computer does not matter.
 */
async function sessionEndsAt(method: "GET" | "POST"): Promise<number | null> {
  try {
    const res = await fetch("/api/okt", { method, cache: "no-store" });
    const body = (await res.json()) as { active: boolean; secondsLeft?: number };
    return body.active && body.secondsLeft ? Date.now() + body.secondsLeft * 1000 : null;
  } catch {
    return Date.now() + 30_000; // Offline for a moment: ask again shortly.
  }
}

/** Keeps Tab and Shift+Tab inside the dialog (its buttons), as a modal must. */
function trapFocus(event: React.KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const focusable = [
    ...event.currentTarget.querySelectorAll<HTMLElement>("button:not([disabled]), a[href]"),
  ];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !event.currentTarget.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A warning `warnBeforeSeconds` before the idle logout, a way to stay, and a clear landing
 * page when time is up. The server decides; this only asks it. An alert dialog: screen
 * readers announce it when it opens, focus starts on `Forbli innlogget` and stays inside.
 */
export function IdleWarning({ idleSeconds, warnBeforeSeconds }: Props) {
  const auth = localized({ nb: nbAuth, en: enAuth });
  const pathname = usePathname();
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const [endsAt, setEndsAt] = useState(() => Date.now() + idleSeconds * 1000);
  const [secondsLeft, setSecondsLeft] = useState(warnBeforeSeconds);
  const m = auth;

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
      setSecondsLeft(Math.max(0, Math.min(left, warnBeforeSeconds)));
      const dialog = dialogRef.current;
      if (left <= warnBeforeSeconds && dialog && !dialog.open) {
        // Another tab may have kept the session alive: ask before warning.
        const serverEnds = await sessionEndsAt("GET");
        if (serverEnds === null) return expire();
        if (serverEnds - Date.now() > warnBeforeSeconds * 1000) return setEndsAt(serverEnds);
        setEndsAt(serverEnds);
        dialog.showModal();
        stayRef.current?.focus();
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
      role="alertdialog"
      aria-modal="true"
      className="ds-dialog w-[min(32rem,calc(100vw-2rem))]"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onKeyDown={trapFocus}
      // Escape would close it without keeping the session alive: treat it as `Forbli innlogget`.
      onCancel={(event) => {
        event.preventDefault();
        void stay();
      }}
    >
      <h2 id="idle-title" className="ds-heading" data-size="sm">
        {m.idleWarningTitle}
      </h2>
      <p id="idle-body" className="ds-paragraph">
        {m.idleWarningBody(secondsLeft)}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          ref={stayRef}
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={stay}
        >
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
