import { handlers } from "@/lib/auth/next-auth";
import { withUnavailablePage } from "@/lib/http/unavailable";

// A database failure during a login answers 503 "prøv igjen", not Auth.js's login error page.
export const GET = withUnavailablePage(handlers.GET);
export const POST = withUnavailablePage(handlers.POST);
