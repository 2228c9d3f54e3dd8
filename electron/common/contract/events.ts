import { z } from 'zod';
import { DevicesDto } from './devices';
import { StatusDto } from './dto';
import { SyncStatusDto } from './sync';

/** Events pushed by the backend. Names are `domain.past-participle`. */
export const events = {
  'session.locked': z.object({ reason: z.enum(['idle', 'manual']) }),
  'status.changed': StatusDto,
  'scanner.scanned': z.object({
    code: z.string().min(1),
    symbology: z.string().optional(),
    source: z.enum(['hid', 'keyboard', 'test']),
  }),
  /** A scan the scanner sent but that could not be read whole: dropped, never guessed. French message. */
  'scanner.failed': z.object({ message: z.string(), source: z.enum(['hid', 'keyboard', 'test']) }),
  'devices.changed': DevicesDto,
  /** A session was created or changed, or its bookings or attendance (a booking, a scan): screens showing it reload. */
  'workshops.changed': z.object({ sessionId: z.string(), date: z.string() }),
  /** A referent closed a day: the close screens and dashboards showing it reload. */
  'reports.day-closed': z.object({ date: z.string(), seq: z.number().int() }),
  /** The upload's state changed (a sync ran, a conflict arrived): status screens and the review inbox reload. */
  'sync.changed': SyncStatusDto,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
