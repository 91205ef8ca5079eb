// A pull request's state in words and an icon, as a forge labels it.
import type { PullRequest } from "@/lib/git/pull-request-schema";
import { ClosedIcon, MergedIcon, OpenIcon } from "./icons";

const STATES = {
  open: { word: "Open", Icon: OpenIcon },
  merged: { word: "Merged", Icon: MergedIcon },
  closed: { word: "Closed", Icon: ClosedIcon },
} as const;

export function PullRequestState({ state }: { state: PullRequest["state"] }) {
  const { word, Icon } = STATES[state];
  return (
    <span className={`sbx-git-badge sbx-git-pr-state sbx-git-pr-state-${state}`}>
      <Icon />
      {word}
    </span>
  );
}

export function approvalsText(count: number): string {
  return count === 0 ? "No approvals" : `${count} ${count === 1 ? "approval" : "approvals"}`;
}
