import { auditCsvStream } from "@/lib/admin/audit-export";
import { auditFilterOf, auditFilterSchema } from "@/lib/admin/audit-filter";
import { checkSupport } from "@/lib/admin/guard";
import { actorOf } from "@/lib/audit/actor";
import { getCurrentUser } from "@/lib/auth/current-user";
import { recordRefusal } from "@/lib/audit/refusals";
import { currentOrigin } from "@/lib/http/client-info";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/** `Last ned CSV`: the audit log under the page's filter, streamed; support only. */
export async function GET(request: Request) {
  const gate = await checkSupport();
  if (!gate) return new Response(null, { status: 401 });
  if (!gate.ok) {
    await recordRefusal({
      actor: actorOf((await getCurrentUser())!.id, await currentOrigin()),
      reason: `admin:${gate.reason}`,
      attempted: "admin.exportAuditLog",
    });
    return new Response(t.admin.denied[gate.reason].title, {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = auditFilterSchema.safeParse(params);
  if (!parsed.success) {
    return new Response(t.admin.audit.invalidFilter, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const actor = actorOf(gate.user.id, await currentOrigin());
  const { eldre: _paging, ...query } = parsed.data;
  const stream = await auditCsvStream(actor, auditFilterOf(query), query);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="revisjonslogg-${day}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
