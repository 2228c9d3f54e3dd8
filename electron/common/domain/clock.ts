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
