import type { MethodName, Output, ParsedInput } from '../../common/contract';
import type { CallContext } from './connection-context';

/** One handler per contract method; the compiler checks that none is missing. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, ctx: CallContext) => Output<M> | Promise<Output<M>>;
};

export type ProductionHandlers = Omit<Handlers, `test.${string}`>;
export type TestHandlers = Pick<Handlers, Extract<MethodName, `test.${string}`>>;
