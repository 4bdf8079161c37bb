import { isTerminal, type Task } from '../domain/task.js';

/**
 * One reconcile pass's view of the tasks: every task read from the store in one query at the
 * start of the pass (grouped by service), kept up to date with what the pass itself saves. The
 * pass after its engine listing is synchronous, so nothing else writes tasks meanwhile and this
 * view is what the store holds. Replaces reading each service's tasks (and the active ones)
 * several times a pass: at 1,000 services that was most of a settled pass.
 */
export class PassTasks {
  private readonly byId = new Map<string, Task>();

  constructor(private readonly bySvc: Map<string, Task[]>) {
    for (const list of bySvc.values()) for (const t of list) this.byId.set(t.id, t);
  }

  /** A service's tasks, finished ones too (in the store's order, new ones last). */
  of(serviceId: string): readonly Task[] {
    return this.bySvc.get(serviceId) ?? [];
  }

  get(id: string): Task | undefined {
    return this.byId.get(id);
  }

  /** Tasks not yet finished, across services. */
  active(): Task[] {
    const out: Task[] = [];
    for (const t of this.byId.values()) if (!isTerminal(t.state)) out.push(t);
    return out;
  }

  /** Records a task the pass saved (new or changed). */
  put(t: Task): void {
    const prev = this.byId.get(t.id);
    this.byId.set(t.id, t);
    let list = this.bySvc.get(t.serviceId);
    if (!list) this.bySvc.set(t.serviceId, (list = []));
    const i = prev ? list.indexOf(prev) : -1;
    if (i >= 0) list[i] = t;
    else list.push(t);
  }
}
