import { ERROR_MESSAGES, isErrorCode, type ErrorCode, type WireError } from '../../../electron/common/contract';

/** A failed call: a contract error code with a French message meant for the agent, shown as is. */
export class ClientError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
  }

  static fromWire(error: WireError): ClientError {
    return new ClientError(isErrorCode(error.code) ? error.code : 'INTERNAL', error.message || ERROR_MESSAGES.INTERNAL);
  }
}

export function isClientError(value: unknown): value is ClientError {
  return value instanceof ClientError;
}

/** Any thrown value as a ClientError; unexpected ones become INTERNAL (never a stack trace on screen). */
export function toClientError(value: unknown): ClientError {
  return isClientError(value) ? value : new ClientError('INTERNAL');
}
