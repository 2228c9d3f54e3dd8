import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors';

export const PROTOCOL_VERSION = 1;

/** Renderer → backend. */
export const RequestFrame = z.object({
  v: z.literal(PROTOCOL_VERSION),
  id: z.number().int().nonnegative(),
  method: z.string().min(1).max(100),
  input: z.unknown(),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

const ErrorBody = z.object({
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});

/** Backend → renderer, one per request. `id` is null when the request frame was unreadable. */
export const ResponseFrame = z.union([
  z.object({ id: z.number().int().nullable(), ok: z.literal(true), output: z.unknown() }),
  z.object({ id: z.number().int().nullable(), ok: z.literal(false), error: ErrorBody }),
]);
export type ResponseFrame = z.infer<typeof ResponseFrame>;

/** Backend → renderer, unsolicited. */
export const EventFrame = z.object({ event: z.string(), payload: z.unknown() });
export type EventFrame = z.infer<typeof EventFrame>;

export const ServerFrame = z.union([ResponseFrame, EventFrame]);
export type ServerFrame = z.infer<typeof ServerFrame>;
