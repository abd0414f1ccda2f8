import type { BrowserContext } from "@playwright/test";
import postgres from "postgres";
import { INSTANCE_HEADER, type Balancer } from "./balancer";
import { databaseUrl } from "./env";
import { found, tried } from "./report";

/** From now on, this browser's requests reach `instance` through the balancer. */
export async function routeToInstance(context: BrowserContext, instance: string, who: string) {
  await context.setExtraHTTPHeaders({ [INSTANCE_HEADER]: `${instance};${who}` });
}

/**
 * One step of a journey on one instance: switches the browser there, runs the step, and
 * checks (and prints) that the step's requests really were served by that instance.
 */
export async function onInstance(
  balancer: Balancer,
  context: BrowserContext,
  who: string,
  instance: string,
  what: string,
  step: () => Promise<void>,
): Promise<void> {
  await routeToInstance(context, instance, who);
  const mark = balancer.log.length;
  tried(`${what} — ${who} on instance ${instance}`);
  await step();
  const served = balancer.servedSince(mark, who);
  found(`${what}: requests served ${JSON.stringify(served)}`);
  if (Object.keys(served).join() !== instance) {
    throw new Error(`${what} was not served by ${instance} alone: ${JSON.stringify(served)}`);
  }
}

/** The suite's database, for facts a user cannot see (rows, audit events). */
export function database(name?: string): postgres.Sql {
  return postgres(databaseUrl(name), { max: 1, onnotice: () => {} });
}
