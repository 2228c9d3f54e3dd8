import { ERROR_MESSAGES, isErrorCode, type ErrorCode, type WireError } from '../../../electron/common/contract';

/** A failed call: a contract error code with a French message meant for the agent, shown as is. */
export class ClientError extends Error {
  readonly code: ErrorCode;
  /** INVALID_INPUT: a French message per field path (`phone`, `answers.profil`), to show beside the field. */
  readonly fields: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.fields = fields;
  }

  static fromWire(error: WireError): ClientError {
    const fields = error.fields && typeof error.fields === 'object' ? error.fields : {};
    return new ClientError(isErrorCode(error.code) ? error.code : 'INTERNAL', error.message || ERROR_MESSAGES.INTERNAL, fields);
  }
}

export function isClientError(value: unknown): value is ClientError {
  return value instanceof ClientError;
}

/** Any thrown value as a ClientError; unexpected ones become INTERNAL (never a stack trace on screen). */
export function toClientError(value: unknown): ClientError {
  return isClientError(value) ? value : new ClientError('INTERNAL');
}
