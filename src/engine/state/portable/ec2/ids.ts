import type { ServiceContext } from '../../module.js';
import { IdMap } from '../kit/index.js';

/**
 * The ids one region's load got from the instance, by the pod's. The instance draws most EC2
 * ids (LocalStack takes a security group's from a tag): every reference is looked up here, each
 * new id is handed to the modules restored later (`context.renamed`), and each kind of resource
 * is reported once.
 */
export class Renames {
  private readonly ids = new IdMap();
  private readonly reported = new Set<string>();

  constructor(private readonly context: ServiceContext) {}

  readonly of = this.ids.of;

  /** Notes that the resource `from` of `kind` (its label) is `to` in the instance. */
  got(kind: { readonly type: string; label(id: string): string }, from: string, to: string): void {
    this.ids.set(from, to);
    if (from === to) return;
    this.context.renamed(from, to);
    if (this.reported.has(kind.type)) return;
    this.reported.add(kind.type);
    this.context.warn(
      kind.label(from),
      `it is ${to} now: the instance draws the id of every ${kind.type} it makes (said once per kind); the restored resources that name it follow, what names it outside the pod does not`,
    );
  }
}
