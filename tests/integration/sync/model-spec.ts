import type { FaultKind, FaultPlan } from './model-system';

/**
 * The model of S12: what the hub and the desks should hold, computed without any of the product's code.
 *
 * The hub is a set of passes redeemed once: the first redemption to ARRIVE wins, every later one of the same pass
 * is a conflict, and an operation the hub already answered gets the same answer again (a replay is never a new
 * redemption). Before the delivery of the passes has reached the hub, a redemption is answered "retry later" (kept
 * by nobody); the desk then waits until time passes before sending it again. Each desk holds its operations in
 * order with their state; a restore brings back the operations (and states) of its last backup.
 */

/** The model key of the delivery of the passes (desk 0's first operation). */
export const STOCK_KEY = 'stock';

export type OpState = 'pending' | 'accepted' | 'conflict';
export type HubAnswer = 'accepted' | 'conflict' | 'retry_later';

export interface ModelOp {
  /** `stock` for the delivery of the passes, `d<desk>#<n>` for a redemption. */
  key: string;
  /** The pass redeemed; null for the delivery. */
  pass: string | null;
  state: OpState;
  /** Answered "retry later" when `jumps` had this value: not sent again before time passes. */
  postponedAtJump: number | null;
}

export interface ModelDesk {
  ops: ModelOp[];
  backup: ModelOp[] | null;
  /** False after a failed exchange, until a round succeeds or the app starts again: the door then does not wait. */
  reachable: boolean;
}

export interface Model {
  desks: ModelDesk[];
  /** Pass → key of the operation the hub accepted for it. */
  winners: Map<string, string>;
  /** Operation key → the answer the hub stored for it (accepted or conflict). */
  answered: Map<string, 'accepted' | 'conflict'>;
  /** Conflict records at the hub (one per losing operation, never one per replay). */
  conflicts: number;
  stockAtHub: boolean;
  /** How many times time passed (each time by more than the retry-later ceiling). */
  jumps: number;
  nextKey: number;
  /** What the run went through, to show the generator reaches the interesting cases (model.test.ts sums them). */
  events: Record<ModelEvent, number>;
}

export const MODEL_EVENTS = ['accepted', 'conflict', 'replay', 'retry_later', 'fault', 'crash', 'restore'] as const;
export type ModelEvent = (typeof MODEL_EVENTS)[number];

export function initialModel(deskCount: number): Model {
  const desks = Array.from({ length: deskCount }, (): ModelDesk => ({ ops: [], backup: null, reachable: true }));
  (desks[0] as ModelDesk).ops.push({ key: STOCK_KEY, pass: null, state: 'pending', postponedAtJump: null });
  const events = Object.fromEntries(MODEL_EVENTS.map((event) => [event, 0])) as Record<ModelEvent, number>;
  return { desks, winners: new Map(), answered: new Map(), conflicts: 0, stockAtHub: false, jumps: 0, nextKey: 0, events };
}

export function deskOf(model: Model, index: number): ModelDesk {
  const desk = model.desks[index];
  if (!desk) throw new Error(`no desk ${index}`);
  return desk;
}

export function isDue(model: Model, op: ModelOp): boolean {
  return op.state === 'pending' && (op.postponedAtJump === null || model.jumps > op.postponedAtJump);
}

/** The passes this desk holds a redemption of (its database allows one per pass). */
export function redeemedHere(desk: ModelDesk): Set<string> {
  return new Set(desk.ops.flatMap((op) => (op.pass === null ? [] : [op.pass])));
}

/** The hub processes a batch in order (its effects stay, whatever becomes of the answer). */
function hubProcess(model: Model, ops: ModelOp[]): HubAnswer[] {
  return ops.map((op) => {
    const answer = hubAnswer(model, op);
    model.events[answer] += 1;
    return answer === 'replay' ? (model.answered.get(op.key) as 'accepted' | 'conflict') : answer;
  });
}

function hubAnswer(model: Model, op: ModelOp): HubAnswer | 'replay' {
  const stored = model.answered.get(op.key);
  if (stored) return 'replay';
  if (op.pass === null) {
    model.stockAtHub = true;
    model.answered.set(op.key, 'accepted');
    return 'accepted';
  }
  if (!model.stockAtHub) return 'retry_later';
  if (model.winners.has(op.pass)) {
    model.conflicts += 1;
    model.answered.set(op.key, 'conflict');
    return 'conflict';
  }
  model.winners.set(op.pass, op.key);
  model.answered.set(op.key, 'accepted');
  return 'accepted';
}

/** One push of `ops` hit by `fault` (or none): true when the desk got and applied the answers. */
function push(model: Model, ops: ModelOp[], fault: FaultKind | null): boolean {
  if (fault) model.events.fault += 1;
  if (fault === 'lost' || fault === 'crash') return false;
  const answers = hubProcess(model, ops);
  if (fault === 'answer-lost') return false;
  ops.forEach((op, index) => {
    const answer = answers[index];
    if (answer === 'retry_later') op.postponedAtJump = model.jumps;
    else if (answer) op.state = answer;
  });
  return true;
}

/** A scan recorded at the desk (offline: nothing else happens). */
export function modelScan(model: Model, deskIndex: number, pass: string): ModelOp {
  const op: ModelOp = { key: `d${deskIndex}#${model.nextKey++}`, pass, state: 'pending', postponedAtJump: null };
  deskOf(model, deskIndex).ops.push(op);
  return op;
}

/** The door's fast path after a scan: what SyncService.checkRedemption answers. */
export function modelDoorCheck(model: Model, deskIndex: number, op: ModelOp, fault: FaultKind | null): 'accepted' | 'conflict' | 'waiting' {
  const desk = deskOf(model, deskIndex);
  if (!desk.reachable) return 'waiting';
  if (!push(model, [op], fault)) {
    desk.reachable = false;
    return 'waiting';
  }
  return op.state === 'pending' ? 'waiting' : op.state;
}

/** A round (push of every due operation, then pull): whether the pull succeeded. */
export function modelSync(model: Model, deskIndex: number, plan: FaultPlan | null): boolean {
  const desk = deskOf(model, deskIndex);
  const due = desk.ops.filter((op) => isDue(model, op));
  if (due.length > 0 && !push(model, due, plan?.target === 'push' ? plan.kind : null)) {
    desk.reachable = false;
    return false;
  }
  if (plan?.target === 'pull') {
    model.events.fault += 1;
    desk.reachable = false;
    return false;
  }
  desk.reachable = true;
  return true;
}

/** sync-env's drain with the network repaired: rounds until nothing is pending (postponed ones made due). */
export function modelDrain(model: Model, deskIndex: number): void {
  const desk = deskOf(model, deskIndex);
  for (let round = 0; round < 50 && desk.ops.some((op) => op.state === 'pending'); round += 1) {
    modelSync(model, deskIndex, null);
    for (const op of desk.ops) op.postponedAtJump = null;
  }
  desk.reachable = true;
}

export function modelCrash(model: Model, deskIndex: number): void {
  model.events.crash += 1;
  deskOf(model, deskIndex).reachable = true;
}

export function modelBackup(model: Model, deskIndex: number): void {
  const desk = deskOf(model, deskIndex);
  desk.backup = desk.ops.map((op) => ({ ...op }));
}

export function modelRestore(model: Model, deskIndex: number): void {
  const desk = deskOf(model, deskIndex);
  if (!desk.backup) throw new Error('no backup');
  model.events.restore += 1;
  desk.ops = desk.backup.map((op) => ({ ...op }));
  desk.reachable = true;
}
