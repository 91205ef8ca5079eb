// An error shown beside the control that caused it. role="alert" announces it as it appears;
// the id lets a field point at it with aria-describedby.
import { ErrorIcon } from "./icons";

export function ErrorText({ id, message }: { id?: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="sbx-git-error" role="alert">
      <ErrorIcon />
      <span>{message}</span>
    </p>
  );
}
