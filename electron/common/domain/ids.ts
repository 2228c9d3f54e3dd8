import { v7 as uuidv7 } from 'uuid';

/** Ids are UUIDv7: unique across desks and sortable by creation time. */
export type IdFactory = () => string;
export const newId: IdFactory = () => uuidv7();
