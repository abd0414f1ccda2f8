"use client";

import dynamic from "next/dynamic";
import "./globals.css";

// Every page ships this boundary: its texts (the catalogue part) load only when it shows.
const GlobalErrorView = dynamic(() => import("./global-error-view"));

/**
 * When even the layout fails (its header reads the session): the whole page, in Norwegian.
 * A plain link reloads the page from the server, which is what trying again needs here.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nb" data-color-scheme="light">
      <GlobalErrorView error={error} />
    </html>
  );
}
