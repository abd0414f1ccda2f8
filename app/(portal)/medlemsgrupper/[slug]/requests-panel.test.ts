import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { PendingRequestPage, PendingRequestView } from "@/lib/groups/admin-queries";
import { RequestsPanel } from "./requests-panel";

// The forms' server actions (Auth.js, the database) are not what is rendered here.
vi.mock("../actions", () => ({
  approveJoinRequestAction: async () => ({}),
  rejectJoinRequestAction: async () => ({}),
}));

function request(i: number): PendingRequestView {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    userId: `10000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    name: `Søker ${i}`,
    message: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 8, i)),
    confirmedEmails: [`soker${i}@kommune.no`],
  };
}

function render(page: PendingRequestPage): string {
  return renderToStaticMarkup(createElement(RequestsPanel, { page, slug: "demo-kommune" }));
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("the request tab's pages", () => {
  it("says which requests it shows and links to the next page only on the first", () => {
    const html = render({
      requests: Array.from({ length: 20 }, (_, i) => request(i + 1)),
      total: 45,
      page: 1,
      pages: 3,
    });
    expect(text(html)).toContain("Viser 1–20 av 45 forespørsler, nyeste først.");
    expect(html).toContain('href="/medlemsgrupper/demo-kommune?fane=foresporsler&amp;side=2"');
    expect(text(html)).toContain("Neste side");
    expect(text(html)).not.toContain("Forrige side");
    // Each decision returns to the page it was made on.
    expect(html.match(/name="side" value="1"/g)).toHaveLength(40);
  });

  it("links back from the last page, which shows the rest", () => {
    const html = render({
      requests: Array.from({ length: 5 }, (_, i) => request(i + 41)),
      total: 45,
      page: 3,
      pages: 3,
    });
    expect(text(html)).toContain("Viser 41–45 av 45 forespørsler, nyeste først.");
    expect(html).toContain('href="/medlemsgrupper/demo-kommune?fane=foresporsler&amp;side=2"');
    expect(text(html)).toContain("Forrige side");
    expect(text(html)).not.toContain("Neste side");
  });

  it("has no pager while everything fits on one page", () => {
    const html = render({ requests: [request(1)], total: 1, page: 1, pages: 1 });
    expect(text(html)).toContain("Forespørsel fra Søker 1");
    expect(text(html)).not.toContain("Viser");
    expect(html).not.toContain("Sider med forespørsler");
  });
});
