"use client";

import dynamic from "next/dynamic";
import { currentLocale } from "@/lib/i18n/locale";
import "./globals.css";

// Every page ships this boundary: its texts (the catalogue part) load only when it shows.
const GlobalErrorView = dynamic(() => import("./global-error-view"));

/**
 * When even the layout fails (its header reads the session): the whole page, in the language
 * the page had (its <html lang>, see lib/i18n/locale.ts).
 * A plain link reloads the page from the server, which is what trying again needs here.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang={currentLocale()} data-color-scheme="light">
      <GlobalErrorView error={error} />
    </html>
  );
}
