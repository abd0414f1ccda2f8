import type { Metadata } from "next";
import Link from "next/link";
import { requireSupport } from "@/lib/admin/guard";
import { groupChoices } from "@/lib/admin/services";
import { t } from "@/lib/i18n";
import { AdminNav } from "../../admin-nav";
import { NoAccess } from "../../no-access";
import { ServiceForm } from "../service-form";

export function generateMetadata(): Metadata {
  return { title: t.operations.services.createHeading };
}

const EMPTY = {
  name: "",
  description: "",
  url: "",
  requiresPhishingResistant: false,
  offeredToAll: false,
  groupIds: [],
  alwaysOpen: true,
  days: ["", "", "", "", "", "", ""],
};

export default async function NewServicePage() {
  const gate = await requireSupport("/admin/tjenester/ny");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.operations.services;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.createHeading}
      </h1>
      <AdminNav current="/admin/tjenester" />
      <ServiceForm values={EMPTY} groups={await groupChoices()} />
      <Link href="/admin/tjenester" className="ds-link">
        {m.back}
      </Link>
    </div>
  );
}
