import type { ClientError } from '../../transport';

/**
 * The backend's INVALID_INPUT messages per form field: a path (`carnetRule.pattern`, `faceValueCents`) is matched
 * whole first, then by its last segment.
 */
export function fieldErrorsOf<F extends string>(error: ClientError, fields: readonly F[]): Partial<Record<F, string>> {
  const mapped: Partial<Record<F, string>> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const whole = fields.find((field) => field === path);
    const last = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? '';
    const field = whole ?? fields.find((candidate) => candidate === last);
    if (field && !mapped[field]) mapped[field] = message;
  }
  return mapped;
}
