import type { z } from 'zod';

/**
 * A form field validator from a contract schema: the same rules and French messages as the backend
 * (the backend still validates everything).
 */
export function zodField(schema: z.ZodType): (value: unknown) => string | null {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? null : (result.error.issues[0]?.message ?? null);
  };
}
