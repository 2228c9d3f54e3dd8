import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponse, type OpResult, type WireOp } from '../../electron/common/sync/protocol';
import { buildHub } from '../../hub/src/app';
import { carnetsOf, count, deskHeaders, enroll, newCollectivity, newSite, openHubDatabase, push, redeemOp, stockOps, type TestDesk } from './hub-fixtures';

/** S3 (research/reliability.md §1.5): parallel requests against the real PostgreSQL, through a real HTTP listener. */

let pool: pg.Pool;
let app: FastifyInstance;
let baseUrl: string;
let desks: TestDesk[];
let lotId: string;

beforeAll(async () => {
  pool = await openHubDatabase();
  app = buildHub({ pool });
  baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const collectivityId = await newCollectivity(pool);
  desks = [];
  for (let index = 0; index < 8; index += 1) desks.push(await enroll(app, pool, collectivityId, newSite(`Site ${index + 1}`)));
  const stock = stockOps(desks[0]!, carnetsOf(40, 5));
  lotId = stock.lotId;
  await push(app, desks[0]!, stock.ops);
});
afterAll(async () => {
  await app.close();
  await pool.end();
});

async function pushOverHttp(desk: TestDesk, ops: WireOp[]): Promise<OpResult[]> {
  const response = await fetch(`${baseUrl}/v1/sync/push`, {
    method: 'POST',
    headers: { ...deskHeaders(desk), 'content-type': 'application/json' },
    body: JSON.stringify({ epoch: desk.epoch, batchId: randomUUID(), ops }),
  });
  expect(response.status).toBe(200);
  return PushResponse.parse(await response.json()).results;
}

describe('S3: concurrent pushes', () => {
  it.each([2, 4, 8])('%i parallel pushes of the same operation get the identical stored result and make one effect', async (parallel) => {
    const passNumber = `${parallel}01`;
    const desk = desks[1]!;
    const redemption = redeemOp(desk, passNumber, lotId);
    const answers = await Promise.all(Array.from({ length: parallel }, () => pushOverHttp(desk, [redemption])));
    for (const answer of answers) expect(answer).toEqual([{ opId: redemption.opId, status: 'accepted' }]);
    expect(await count(pool, 'redemption WHERE pass_number = $1', [passNumber])).toBe(1);
    expect(await count(pool, 'processed_op WHERE op_id = $1', [redemption.opId])).toBe(1);
    expect(await count(pool, "change_log WHERE entity = 'pass' AND key = $1 AND data->>'state' = 'redeemed'", [passNumber])).toBe(1);
    expect(await count(pool, 'conflict WHERE pass_number = $1', [passNumber])).toBe(0);
  });

  it.each([2, 4, 8])('%i sites redeeming the same pass in parallel: exactly one accepted, the others conflicts naming it', async (parallel) => {
    const passNumber = `${10 + parallel}01`;
    const ops = desks.slice(0, parallel).map((desk) => redeemOp(desk, passNumber, lotId));
    const answers = (await Promise.all(ops.map((one, index) => pushOverHttp(desks[index]!, [one])))).map((answer) => answer[0]!);
    const accepted = answers.filter((answer) => answer.status === 'accepted');
    const conflicts = answers.filter((answer) => answer.status === 'conflict');
    expect(accepted).toHaveLength(1);
    expect(conflicts).toHaveLength(parallel - 1);
    const winnerIndex = answers.findIndex((answer) => answer.status === 'accepted');
    for (const answer of conflicts) expect(answer.status === 'conflict' && answer.winner.siteId).toBe(desks[winnerIndex]!.site.id);
    const redemptions = await pool.query('SELECT op_id FROM redemption WHERE pass_number = $1', [passNumber]);
    expect(redemptions.rows).toEqual([{ op_id: ops[winnerIndex]!.opId }]);
    expect(await count(pool, 'conflict WHERE pass_number = $1', [passNumber])).toBe(parallel - 1);

    // Replays after the race answer the same, in any order.
    const replays = await Promise.all(ops.map((one, index) => pushOverHttp(desks[index]!, [one])));
    expect(replays.map((answer) => answer[0])).toEqual(answers);
  });

  it('parallel batches of many operations on overlapping passes: one redemption per pass, every op answered once', async () => {
    const passNumbers = Array.from({ length: 20 }, (_, index) => `${20 + index}0${1 + (index % 5)}`);
    const batches = desks.map((desk) => passNumbers.map((number) => redeemOp(desk, number, lotId)));
    const answers = await Promise.all(batches.map((ops, index) => pushOverHttp(desks[index]!, ops)));
    for (const [index, answer] of answers.entries()) expect(answer.map((result) => result.opId)).toEqual(batches[index]!.map((one) => one.opId));
    const acceptedPerPass = passNumbers.map((_, p) => answers.filter((answer) => answer[p]?.status === 'accepted').length);
    expect(acceptedPerPass).toEqual(passNumbers.map(() => 1));
    expect(await count(pool, 'redemption WHERE pass_number = ANY($1)', [passNumbers])).toBe(passNumbers.length);
    expect(await count(pool, 'conflict WHERE pass_number = ANY($1)', [passNumbers])).toBe(passNumbers.length * (desks.length - 1));
  });
});

describe('negative control (S2): a naive hub without the processed-operation check', () => {
  it('turns a replayed redemption into a false conflict', async () => {
    const naive = buildHub({ pool, naive: true });
    const desk = desks[2]!;
    const redemption = redeemOp(desk, '3901', lotId);
    expect((await push(naive, desk, [redemption]))[0]?.status).toBe('accepted');
    expect((await push(naive, desk, [redemption]))[0]?.status).toBe('conflict');
    await naive.close();
  });
});
