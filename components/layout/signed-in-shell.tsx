import type { ReactNode } from "react";
import { IdleWarning } from "@/components/auth/idle-warning";
import { CriticalNotices } from "@/components/notices/critical-notices";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { ReconfirmBanner } from "./reconfirm-banner";

/**
 * Around every page behind login: critical notices on top, the warning before the idle
 * logout. Pages check access themselves.
 */
export function SignedInShell({ children }: { children: ReactNode }) {
  return (
    <>
      <CriticalNotices />
      <ReconfirmBanner />
      {children}
      <IdleWarning
        idleSeconds={SESSION_POLICY.idleSeconds}
        warnBeforeSeconds={SESSION_POLICY.warnBeforeIdleSeconds}
      />
    </>
  );
}
