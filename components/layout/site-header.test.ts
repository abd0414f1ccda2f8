import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n";
import { withLocale } from "@/lib/i18n/with-locale";
import { SiteHeaderView } from "./site-header";

// The view takes its user as a prop; the session lookup (Auth.js) is not loaded here.
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => null }));

// The header is rendered for a visitor (no user) and for a member still registering (no
// notification bell, which reads the database); both only read texts, so no request is needed.
const visitor = () => renderToStaticMarkup(createElement(SiteHeaderView, { user: null }));
const member = () =>
  renderToStaticMarkup(
    createElement(SiteHeaderView, {
      user: { id: "u1", name: "Kari Nordmann", role: "member", registered: false },
    }),
  );

/** The visible text of the markup, one space between elements. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("site header", () => {
  it("is Norwegian by default, with the switch to English", () => {
    const nb = messagesFor("nb");
    const text = textOf(visitor());
    expect(text).toContain(nb.common.login);
    expect(text).toContain("English");
    expect(text).not.toContain("Norsk");
    expect(visitor()).toContain('lang="en"');
  });

  it("is English for a visitor who chose English, with the switch back to Norsk", () => {
    const en = messagesFor("en");
    const html = withLocale("en", visitor);
    const text = textOf(html);
    expect(text).toContain(en.common.login);
    expect(text).toContain("Norsk");
    expect(text).not.toContain("English");
    expect(html).toContain('value="nb"');
    expect(html).toContain('lang="nb"');
  });

  it("shows a logged-in member's navigation in the chosen language", () => {
    const nb = messagesFor("nb").common;
    const en = messagesFor("en").common;
    const norwegian = textOf(member());
    const english = textOf(withLocale("en", member));
    expect(norwegian).toContain(nb.nav.overview);
    expect(norwegian).toContain(nb.nav.memberGroups);
    expect(english).toContain(en.nav.overview);
    expect(english).toContain(en.nav.memberGroups);
    expect(withLocale("en", member)).toContain(`aria-label="${en.mainNavLabel}"`);
  });
});
