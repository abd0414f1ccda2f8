// One email worker as a separate process (what each app instance runs): delivers what is due,
// prints how many it sent, exits. Started by the reliability tests; killed by some of them.
import { closeDb } from "@/lib/db/client";
import { deliverPendingEmails } from "@/lib/email/deliver";

const sent = await deliverPendingEmails();
console.log(JSON.stringify({ sent }));
await closeDb();
