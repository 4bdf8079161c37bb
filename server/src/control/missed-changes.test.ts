import { describe, expect, it } from 'vitest';
import type { ObservedContainer } from '../domain/orchestrator/observed.js';
import { MissedChanges } from './missed-changes.js';

const c = (containerId: string, state: ObservedContainer['state'] = 'running'): ObservedContainer => ({
  nodeId: 'n1',
  containerId,
  name: containerId,
  taskId: `t-${containerId}`,
  serviceId: 's',
  state,
  health: 'NONE',
  exitCode: state === 'exited' ? 137 : null,
});

/** A clock the test moves, and one node's lists at given times. */
function setup() {
  let t = 1_000_000;
  const m = new MissedChanges(() => t);
  const list = (at: number, ...containers: ObservedContainer[]) => {
    t = at;
    return m.compare(new Map([['n1', containers]]), at);
  };
  return { m, list, set: (at: number) => (t = at) };
}

describe('MissedChanges', () => {
  it('counts nothing on the first list of a node', () => {
    const { list } = setup();
    expect(list(1_000_000, c('a'), c('b'))).toBe(0);
  });

  it('calls a change with no event missed, but only once its event has had 10 s to arrive', () => {
    const { m, list } = setup();
    list(1_000_000, c('a'));
    expect(list(1_030_000, c('a', 'exited'))).toBe(0); // found, waiting for its event
    expect(list(1_035_000, c('a', 'exited'))).toBe(0);
    expect(list(1_040_000, c('a', 'exited'))).toBe(1); // 10 s later, still no event
    expect(m.lastMissed).toEqual([{ containerId: 'a', change: 'running|NONE| -> exited|NONE|137' }]);
    expect(list(1_070_000, c('a', 'exited'))).toBe(0); // counted once
  });

  it('an event that arrives after the list that showed the change still explains it (event lag)', () => {
    const { m, list, set } = setup();
    list(1_000_000, c('a'));
    expect(list(1_030_000, c('a'), c('b'))).toBe(0); // b appeared; its create event lags
    set(1_033_000);
    m.announced('b');
    expect(list(1_060_000, c('a'), c('b'))).toBe(0);
  });

  it('an event between the two lists explains the change, so nothing is counted', () => {
    const { m, list, set } = setup();
    list(1_000_000, c('a'), c('b'));
    set(1_010_000);
    m.announced('a');
    m.announced('b');
    expect(list(1_030_000, c('a', 'exited'))).toBe(0);
    expect(list(1_060_000, c('a', 'exited'))).toBe(0);
  });

  it('an event shortly before the previous list explains it (dockerd logs die before the list shows it)', () => {
    const { m, list, set } = setup();
    set(997_000);
    m.announced('a');
    list(1_000_000, c('a'));
    expect(list(1_030_000, c('a', 'exited'))).toBe(0);
    expect(list(1_060_000, c('a', 'exited'))).toBe(0);
  });

  it('an event long before the previous list does not explain a later change', () => {
    const { m, list, set } = setup();
    set(980_000);
    m.announced('a');
    list(1_000_000, c('a'));
    list(1_030_000);
    expect(list(1_045_000)).toBe(1); // a vanished, announced only 20 s before the list before
  });

  it('a node missing from a pass starts over: its return is not counted', () => {
    const { m, list } = setup();
    list(1_000_000, c('a'));
    m.compare(new Map(), 1_030_000);
    expect(list(1_060_000, c('b'))).toBe(0);
    expect(list(1_090_000, c('b'))).toBe(0);
  });
});
