import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChoiceField } from "./choice-field";

const render = (props: Parameters<typeof ChoiceField>[0]) =>
  renderToStaticMarkup(createElement(ChoiceField, props));

describe("ChoiceField", () => {
  it("ties the label to the control, and the hint through aria-describedby", () => {
    const html = render({
      type: "checkbox",
      id: "domain-subdomains",
      name: "includeSubdomains",
      label: "Ta med underdomener",
      hint: "Også adresser som slutter på .helse-demo.no",
      defaultChecked: true,
    });
    expect(html).toContain('id="domain-subdomains"');
    expect(html).toContain('for="domain-subdomains"');
    expect(html).toContain('aria-describedby="domain-subdomains-hint"');
    expect(html).toContain(
      '<div data-field="description" id="domain-subdomains-hint">Også adresser som slutter på .helse-demo.no</div>',
    );
    expect(html).toContain('checked=""');
    expect(html).toContain('type="checkbox"');
  });

  it("points to no description when there is no hint", () => {
    const html = render({
      type: "radio",
      id: "notice-severity-info",
      name: "severity",
      value: "info",
      label: "Informasjon",
    });
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain('data-field="description"');
    expect(html).toContain('value="info"');
    expect(html).toContain(">Informasjon</label>");
  });
});
