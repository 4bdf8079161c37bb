import { planGlobal } from './global.js';
import { observe } from './observe.js';
import { Pass, type ReconcileInput, type ReconcileOutput } from './pass.js';
import { extraSlots, holdsUpdate, planProgressive } from './progressive.js';
import { planReplicated, wantedSlots } from './replicated.js';
import { planUpdate } from './update.js';

export { isReady } from './pass.js';
export type { EngineOp, PlanNote, ReconcileInput, ReconcileOutput, RolloutRequest } from './pass.js';

/**
 * One level-triggered pass for one service, as pure data in and out: given the desired spec,
 * the tasks on record and what the engines report, decide task state changes, new tasks, the
 * engine work to do and the rollout's next step. Safe to run any number of times: the same inputs
 * give the same plan. Scheduling PENDING tasks onto nodes is the scheduler's job and happens
 * across services, after this.
 *
 * The planners, as swarmkit's manager/orchestrator, each in its own file, run in this order on
 * one working set (pass.ts), each seeing what the ones before decided:
 *   observe.ts     task states from the containers the engines report
 *   progressive.ts canary and blue-green: extra slots for the new revision, the update held meanwhile
 *   update.ts      the rollout: rolling replacement, pause, rollback (its state machine)
 *   replicated.ts  one task per kept slot; scale-down chooses which slots go
 *   global.ts      one task per eligible node
 *   restart.ts     a wanted slot or node without a task meant to run gets one, after backoff
 */
export function reconcileService(input: ReconcileInput): ReconcileOutput {
  const pass = new Pass(input);
  observe(pass);
  const global = pass.spec.mode === 'GLOBAL';
  const progressive = planProgressive(pass);
  // before the updater stops any for replacement; a canary or blue-green keeps extra slots
  const slots = global ? [] : wantedSlots(pass, extraSlots(progressive.rollout));
  const held = holdsUpdate(progressive.rollout);
  const rollout = held
    ? { rollout: progressive.rollout, rolloutChanged: progressive.changed, request: null }
    : planUpdate(pass);
  if (progressive.changed && !held) {
    rollout.rollout = { ...rollout.rollout!, progressive: progressive.rollout!.progressive };
    rollout.rolloutChanged = true;
  }
  rollout.request ??= progressive.request;
  if (global) planGlobal(pass, input.eligibleNodes);
  else planReplicated(pass, slots);
  return pass.output(rollout);
}
