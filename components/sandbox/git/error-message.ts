/** The words of a thrown value, for the learner: an Error's message, else the value itself. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error ? error : "Something went wrong in the sandbox.";
}
