/**
 * Engine event actions (docker `/events`, Type "container") after which what runs may differ,
 * kept in one list: the live node and service views re-read their members on them and the
 * reconciler takes a pass on them, so none of them can miss one the others react to.
 */
export const MEMBERSHIP_ACTIONS: ReadonlySet<string> = new Set([
  'start',
  'restart',
  'die',
  'oom',
  'kill',
  'stop',
  'destroy',
  'pause',
  'unpause',
]);

interface ActionEvent {
  type: string;
  action: string;
}

/** The event may change the set of running containers (on its node, of its service). */
export const changesMembership = (e: ActionEvent): boolean =>
  e.type === 'container' && MEMBERSHIP_ACTIONS.has(e.action);

/** The event calls for a reconcile pass now: what runs changed, or a health check's verdict did. */
export const wakesReconciler = (e: ActionEvent): boolean =>
  changesMembership(e) || (e.type === 'container' && e.action.startsWith('health_status'));

/**
 * The event may change a node's container counts or the resources its containers reserve, what
 * the heartbeat lists a node's containers again for: what runs, what exists, a resource update.
 * Not exec_* (every health check of every container runs one) nor health_status.
 */
export const changesNodeContainers = (e: ActionEvent): boolean =>
  changesMembership(e) || (e.type === 'container' && (e.action === 'create' || e.action === 'update'));
