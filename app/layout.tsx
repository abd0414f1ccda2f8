import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    title: { template: t.common.titleTemplate, default: t.common.portalName },
    description: t.common.portalDescription,
  };
}

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Rendered per request, never prerendered: each response's scripts carry its own CSP nonce.
  await connection();
  return (
    <html lang={currentLocale()} data-color-scheme="light">
      {/* data-size on body, not html: on html it would change the rem unit. */}
      <body data-size="md" className="flex min-h-dvh flex-col">
        <a href="#hovedinnhold" className="ds-skip-link">
          {t.common.skipToContent}
        </a>
        <SiteHeader />
        <main
          id="hovedinnhold"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-12"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
