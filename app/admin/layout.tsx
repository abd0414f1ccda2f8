import type { ReactNode } from "react";
import { SignedInShell } from "@/components/layout/signed-in-shell";

/** Admin pages: each checks access itself (requireSupport). */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <SignedInShell>{children}</SignedInShell>;
}
