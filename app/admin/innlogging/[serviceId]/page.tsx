import { redirect } from "next/navigation";

type Props = { params: Promise<{ serviceId: string }> };

/** The sign-in settings moved onto the service's admin page (issue 9). */
export default async function ServiceClientPage({ params }: Props) {
  const { serviceId } = await params;
  redirect(`/admin/tjenester/${encodeURIComponent(serviceId)}#innlogging`);
}
