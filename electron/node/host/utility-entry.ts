/**
 * Entry of the backend inside Electron's utility process (out/main/backend.js): plain Node plus
 * `process.parentPort`. Never imports 'electron'; the protocol with main is in utility-protocol.ts.
 */
import { createBackend } from '../server/create-backend';
import { runUtilityHost, type ParentPortLike } from './utility-host';

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;

if (!parentPort) {
  console.error('Ce fichier est le moteur de Guichet : il est lancé par l’application, pas directement.');
  process.exit(1);
} else {
  runUtilityHost({
    parentPort,
    createBackend,
    log: (line) => console.error(line),
    exit: (code) => process.exit(code),
  });
}
