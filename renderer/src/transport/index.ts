export { createClient, defaultBackoff, type ConnectionState, type GuichetClient } from './client';
export { ClientError, isClientError, toClientError } from './client-error';
export { createDefaultClient } from './create-default-client';
