/** Time comes from a clock passed in, never from Date.now() deep inside. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that can be moved forward, for tests and test hooks. */
export function offsetClock(base: Clock = systemClock): Clock & { advance(ms: number): void } {
  let offset = 0;
  const clock = (() => new Date(base().getTime() + offset)) as Clock & { advance(ms: number): void };
  clock.advance = (ms: number) => {
    offset += ms;
  };
  return clock;
}

/** A clock that can be set to a given instant and back to its base (`null`): the demo seed dates past activity. */
export type SettableClock = Clock & { set(instant: Date | null): void };

export function settableClock(base: Clock = systemClock): SettableClock {
  let fixed: Date | null = null;
  const clock = (() => (fixed ? new Date(fixed.getTime()) : base())) as SettableClock;
  clock.set = (instant: Date | null) => {
    fixed = instant ? new Date(instant.getTime()) : null;
  };
  return clock;
}
