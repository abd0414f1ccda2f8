import type { ReactNode } from "react";
import { IdleWarning } from "@/components/auth/idle-warning";
import { SESSION_POLICY } from "@/lib/sessions/policy";

/** Pages behind login: each checks the session itself; this adds the idle-logout warning. */
export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <IdleWarning
        idleSeconds={SESSION_POLICY.idleSeconds}
        warnBeforeSeconds={SESSION_POLICY.warnBeforeIdleSeconds}
      />
    </>
  );
}
