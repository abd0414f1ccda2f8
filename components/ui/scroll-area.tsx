import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

/**
 * A table that may be wider than a phone scrolls sideways inside this area; keyboard users can
 * focus it and scroll with the arrow keys (WCAG 2.1.1), and screen readers hear what it holds.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={t.common.scrollAreaLabel(label)}
    >
      {children}
    </div>
  );
}
