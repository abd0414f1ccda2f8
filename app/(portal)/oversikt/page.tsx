import type { Metadata } from "next";
import { requireRegisteredUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Oversikt" };

export default async function DashboardPage() {
  const user = await requireRegisteredUser();
  return (
    <div className="space-y-4">
      <h1 className="ds-heading" data-size="lg">
        Oversikt
      </h1>
      <p className="ds-paragraph">Velkommen, {user.name}.</p>
    </div>
  );
}
