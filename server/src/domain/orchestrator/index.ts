import { planGlobal } from './global.js';
import { observe } from './observe.js';
import { Pass, type ReconcileInput, type ReconcileOutput } from './pass.js';
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
 *   update.ts      the rollout: rolling replacement, pause, rollback (its state machine)
 *   replicated.ts  one task per kept slot; scale-down chooses which slots go
 *   global.ts      one task per eligible node
 *   restart.ts     a wanted slot or node without a task meant to run gets one, after backoff
 */
export function reconcileService(input: ReconcileInput): ReconcileOutput {
  const pass = new Pass(input);
  observe(pass);
  const global = pass.spec.mode === 'GLOBAL';
  const slots = global ? [] : wantedSlots(pass); // before the updater stops any for replacement
  const rollout = planUpdate(pass);
  if (global) planGlobal(pass, input.eligibleNodes);
  else planReplicated(pass, slots);
  return pass.output(rollout);
}
