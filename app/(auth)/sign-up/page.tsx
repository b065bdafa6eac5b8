import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        Already have one?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2">
          Sign in
        </Link>
      </p>
      <SignUpForm />
    </Card>
  );
}
