import { Session } from "node:inspector";
import { NextResponse } from "next/server";
import { z } from "zod";
import { benchEnabled } from "@/lib/bench/bench-mode";

export const dynamic = "force-dynamic";

const body = z.object({ action: z.enum(["start", "stop"]) });

const globalForProfile = globalThis as unknown as { __medlemsportalenProfiler?: Session };

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

/**
 * A V8 CPU profile of this process around one benchmark case (`npm run bench -- --cpu-prof DIR`):
 * `start`, then `stop` answers the profile. 404 unless APP_ENV=bench.
 */
export async function POST(request: Request) {
  if (!benchEnabled()) return new NextResponse(null, { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "action: start | stop" }, { status: 400 });
  const running = globalForProfile.__medlemsportalenProfiler;
  if (parsed.data.action === "start") {
    if (running) return NextResponse.json({ error: "already profiling" }, { status: 409 });
    const session = new Session();
    session.connect();
    await post(session, "Profiler.enable");
    await post(session, "Profiler.start");
    globalForProfile.__medlemsportalenProfiler = session;
    return new NextResponse(null, { status: 204 });
  }
  if (!running) return NextResponse.json({ error: "not profiling" }, { status: 409 });
  globalForProfile.__medlemsportalenProfiler = undefined;
  const { profile } = await post<{ profile: unknown }>(running, "Profiler.stop");
  running.disconnect();
  return NextResponse.json(profile, { headers: { "Cache-Control": "no-store" } });
}
