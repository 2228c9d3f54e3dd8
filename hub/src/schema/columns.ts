import { timestamp } from 'drizzle-orm/pg-core';

/** Every time column is a timestamptz. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
