import { cascadeDelete } from "../delete-object";
import { keyOf } from "../object-key";
import type { ControllerContext } from "./controller-context";

/**
 * Kubernetes' garbage collector: an object whose owners are all gone is deleted (with its own
 * dependents). Catches objects created with an ownerReference to something already deleted.
 */
export function collectGarbage(ctx: ControllerContext): void {
  const uids = new Set(ctx.writer.all().map((object) => object.metadata.uid));
  for (const object of ctx.writer.all()) {
    const owners = object.metadata.ownerReferences ?? [];
    if (owners.length === 0 || owners.some((owner) => uids.has(owner.uid))) continue;
    // An earlier cascade in this loop may already have removed it.
    if (ctx.writer.get(keyOf(object))) {
      cascadeDelete(ctx.writer, object, "garbage-collector");
    }
  }
}
