import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Registrer profilen" };

export default async function RegisterPage() {
  const user = await requireUser();
  if (user.registered) redirect("/oversikt");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="ds-heading" data-size="lg">
        Registrer profilen
      </h1>
      <p className="ds-paragraph">Registreringen bygges i neste steg.</p>
    </div>
  );
}
