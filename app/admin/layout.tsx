import type { ReactNode } from "react";
import { IdleWarning } from "@/components/auth/idle-warning";
import { SESSION_POLICY } from "@/lib/sessions/policy";

/** Admin pages: each checks access itself (requireSupport); this adds the idle warning. */
export default function AdminLayout({ children }: { children: ReactNode }) {
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
