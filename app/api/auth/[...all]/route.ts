import { getAuth } from "@/lib/auth/auth.server";

// better-auth's standard routes (sign-up/email, sign-in/email, sign-out, get-session, …).
// It authorizes, validates and rate-limits them itself.
export async function GET(request: Request) {
  return getAuth().handler(request);
}

export async function POST(request: Request) {
  return getAuth().handler(request);
}
