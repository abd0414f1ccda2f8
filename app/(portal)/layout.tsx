import type { ReactNode } from "react";
import { SignedInShell } from "@/components/layout/signed-in-shell";

/** Member pages: each checks the session itself. */
export default function PortalLayout({ children }: { children: ReactNode }) {
  return <SignedInShell>{children}</SignedInShell>;
}
