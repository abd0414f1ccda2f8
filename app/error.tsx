"use client";

import dynamic from "next/dynamic";

// Every page ships this boundary: its texts (the catalogue part) load only when it shows.
const ErrorView = dynamic(() => import("./error-view"));

export default function ErrorPage(props: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <ErrorView {...props} />;
}
