import fc from 'fast-check';
import { expect } from 'vitest';
import { checkAgainstModel, checkInvariants } from './model-checks';
import {
  deskOf,
  initialModel,
  modelBackup,
  modelCrash,
  modelDoorCheck,
  modelDrain,
  modelRestore,
  modelScan,
  modelSync,
  redeemedHere,
  MODEL_EVENTS,
  type Model,
  type ModelEvent,
} from './model-spec';
import { backupDesk, crashDesk, doorService, lastOpId, passNumber, restoreDesk, startRun, type FaultKind, type FaultPlan, type ModelHub, type RealDesk, type RealSystem } from './model-system';
import { drain, redeem } from './sync-env';

/** The commands of S12: each acts on the model and on the real system, then everything is checked. */

type Step = fc.AsyncCommand<Model, RealSystem>;

function realDesk(system: RealSystem, index: number): RealDesk {
  const real = system.desks[index];
  if (!real) throw new Error(`no desk ${index}`);
  return real;
}

/**
 * Runs `act` (which returns the desks whose pull succeeded), clears any unused fault, then checks everything. The
 * clock does not move between commands: two sites may lose the same pass at the same instant (this found that the
 * winning desk's inbox deduplicated on the pass and the time only — seed -1914497164; it now names the loser too).
 */
async function step(model: Model, system: RealSystem, act: () => Promise<number[]> | number[]): Promise<void> {
  let pulled: number[];
  try {
    pulled = await act();
  } finally {
    for (const real of system.desks) real.plan = null;
  }
  await checkInvariants(system, false);
  await checkAgainstModel(model, system, pulled);
}

/** A pass scanned at a desk (one redemption per pass per desk database); at the door, the hub is asked at once. */
class Scan implements Step {
  constructor(
    readonly desk: number,
    readonly pass: number,
    /** null: offline scan, no door check; else the door's fast path, its push hit by this fault ('none': no fault). */
    readonly door: FaultKind | 'none' | null,
  ) {}

  check(model: Readonly<Model>): boolean {
    return !redeemedHere(deskOf(model as Model, this.desk)).has(passNumber(this.pass));
  }

  run(model: Model, system: RealSystem): Promise<void> {
    return step(model, system, async () => {
      const real = realDesk(system, this.desk);
      const pass = passNumber(this.pass);
      const op = modelScan(model, this.desk, pass);
      redeem(real.desk, pass, system.lotId, system.hub.clock().toISOString());
      system.opIds.set(op.key, lastOpId(real.desk));
      if (this.door === null) return [];
      const fault = this.door === 'none' ? null : this.door;
      real.plan = fault ? { target: 'push', kind: fault } : null;
      const answer = await doorService(real, system.hub.clock).checkRedemption(pass);
      expect(answer?.status, 'the door’s answer').toBe(modelDoorCheck(model, this.desk, op, fault));
      return [];
    });
  }

  toString(): string {
    return `scan(desk ${this.desk}, ${passNumber(this.pass)}${this.door === null ? '' : `, door${this.door === 'none' ? '' : ` ${this.door}`}`})`;
  }
}

/** A sync round (push of every due operation, then pull), its first request of `plan.target` hit by `plan.kind`. */
class Sync implements Step {
  constructor(
    readonly desk: number,
    readonly plan: FaultPlan | null,
  ) {}

  check(): boolean {
    return true;
  }

  run(model: Model, system: RealSystem): Promise<void> {
    return step(model, system, async () => {
      const real = realDesk(system, this.desk);
      real.plan = this.plan;
      const outcome = await real.desk.engine.round();
      const pulled = modelSync(model, this.desk, this.plan);
      expect(outcome, 'the round’s outcome').toBe(pulled ? 'ok' : 'retry');
      return pulled ? [this.desk] : [];
    });
  }

  toString(): string {
    return `sync(desk ${this.desk}${this.plan ? `, ${this.plan.target} ${this.plan.kind}` : ''})`;
  }
}

class Crash implements Step {
  constructor(readonly desk: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, system: RealSystem): Promise<void> {
    return step(model, system, () => {
      crashDesk(realDesk(system, this.desk), system.hub.clock);
      modelCrash(model, this.desk);
      return [];
    });
  }
  toString(): string {
    return `crash(desk ${this.desk})`;
  }
}

class Backup implements Step {
  constructor(readonly desk: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, system: RealSystem): Promise<void> {
    return step(model, system, () => {
      backupDesk(realDesk(system, this.desk));
      modelBackup(model, this.desk);
      return [];
    });
  }
  toString(): string {
    return `backup(desk ${this.desk})`;
  }
}

class Restore implements Step {
  constructor(readonly desk: number) {}
  check(model: Readonly<Model>): boolean {
    return deskOf(model as Model, this.desk).backup !== null;
  }
  run(model: Model, system: RealSystem): Promise<void> {
    return step(model, system, () => {
      restoreDesk(realDesk(system, this.desk), system.hub.clock);
      modelRestore(model, this.desk);
      return [];
    });
  }
  toString(): string {
    return `restore(desk ${this.desk})`;
  }
}

/** Time passes on every clock (hub and desks), each time by more than the retry-later ceiling (30 min). */
class TimePasses implements Step {
  constructor(readonly minutes: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, system: RealSystem): Promise<void> {
    return step(model, system, () => {
      system.hub.clock.advance(this.minutes * 60_000);
      model.jumps += 1;
      return [];
    });
  }
  toString(): string {
    return `time passes(${this.minutes} min)`;
  }
}

export interface ModelRunShape {
  desks: number;
  passes: number;
  maxCommands: number;
}

export function commandsOf(shape: ModelRunShape): fc.Arbitrary<Iterable<Step>> {
  const desk = fc.integer({ min: 0, max: shape.desks - 1 });
  const pass = fc.integer({ min: 0, max: shape.passes - 1 });
  const door = fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: fc.constant('none' as const), weight: 2 },
    { arbitrary: fc.constantFrom<FaultKind>('lost', 'answer-lost', 'crash'), weight: 1 },
  );
  const plan = fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: fc.constantFrom<FaultKind>('lost', 'answer-lost', 'crash').map((kind): FaultPlan => ({ target: 'push', kind })), weight: 2 },
    { arbitrary: fc.constantFrom<FaultKind>('lost', 'answer-lost').map((kind): FaultPlan => ({ target: 'pull', kind })), weight: 1 },
  );
  const scan = fc.tuple(desk, pass, door).map(([d, p, at]): Step => new Scan(d, p, at));
  const sync = fc.tuple(desk, plan).map(([d, faults]): Step => new Sync(d, faults));
  return fc.commands(
    [
      scan,
      scan,
      scan,
      sync,
      sync,
      desk.map((d): Step => new Crash(d)),
      desk.map((d): Step => new Backup(d)),
      desk.map((d): Step => new Restore(d)),
      fc.constantFrom(31, 24 * 60, 3 * 24 * 60).map((minutes): Step => new TimePasses(minutes)),
    ],
    { maxCommands: shape.maxCommands, size: 'medium' },
  );
}

/**
 * Every desk drained with the network repaired (the delivering desk first, as its delivery unblocks the others),
 * then every desk but the last (whose drain ended with a pull after all pushes) pulls once more.
 */
async function finalDrain(model: Model, system: RealSystem): Promise<void> {
  for (const [index, real] of system.desks.entries()) {
    await drain(real.desk);
    modelDrain(model, index);
  }
  for (const [index, real] of system.desks.slice(0, -1).entries()) {
    expect(await real.desk.engine.round(), 'the last round').toBe('ok');
    modelSync(model, index, null);
  }
  await checkAgainstModel(model, system, system.desks.map((_, index) => index));
  await checkInvariants(system, true);
}

/**
 * The property: for any sequence of commands, every check holds after each one and after the final drain. The runs'
 * events are added to `totals` (when given), so that a test can show the interesting cases were reached.
 */
export function syncModelProperty(hub: ModelHub, shape: ModelRunShape, totals?: Record<ModelEvent, number>) {
  return fc.asyncProperty(commandsOf(shape), async (commands) => {
    const system = await startRun(hub, shape.desks, shape.passes);
    try {
      const model = initialModel(shape.desks);
      await fc.asyncModelRun(() => ({ model, real: system }), commands);
      await finalDrain(model, system);
      if (totals) for (const event of MODEL_EVENTS) totals[event] = (totals[event] ?? 0) + model.events[event];
    } finally {
      system.dispose();
    }
  });
}
