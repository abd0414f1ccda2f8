import { redirect } from "next/navigation";

/** The sign-in settings moved onto each service's admin page (issue 9). */
export default function ServiceClientsPage() {
  redirect("/admin/tjenester");
}
