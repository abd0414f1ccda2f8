import Link from "next/link";
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

export const TABS = ["oversikt", "foresporsler", "medlemmer", "driftsmeldinger"] as const;
export type Tab = (typeof TABS)[number];

type Props = { slug: string; current: Tab; pendingCount: number; children: ReactNode };

/** Designsystemet tabs as links (?fane=), so they work without JavaScript. */
export function AdminTabs({ slug, current, pendingCount, children }: Props) {
  const m = t.groups.group.tabs;
  const labels: Record<Tab, string> = {
    oversikt: m.overview,
    foresporsler: `${m.requests} (${pendingCount})`,
    medlemmer: m.members,
    driftsmeldinger: t.operations.notices.groupTab,
  };
  return (
    <div className="ds-tabs">
      <div role="tablist" aria-label={t.groups.group.tabsLabel}>
        {TABS.map((tab) => (
          <Link
            key={tab}
            id={`fane-${tab}`}
            role="tab"
            aria-selected={tab === current}
            aria-controls="fanepanel"
            href={
              tab === "oversikt" ? `/medlemsgrupper/${slug}` : `/medlemsgrupper/${slug}?fane=${tab}`
            }
            scroll={false}
          >
            {labels[tab]}
          </Link>
        ))}
      </div>
      <div
        role="tabpanel"
        id="fanepanel"
        aria-labelledby={`fane-${current}`}
        className="flex flex-col gap-8"
      >
        {children}
      </div>
    </div>
  );
}
