import { and, asc, count, eq } from 'drizzle-orm';
import { agent } from '../schema';
import type { GuichetDatabase } from '../types';

export type AgentRow = typeof agent.$inferSelect;
export type AgentChanges = Partial<Omit<AgentRow, 'id' | 'login' | 'createdAt'>>;

export function findAgentByLogin(db: GuichetDatabase, login: string): AgentRow | undefined {
  return db.orm.select().from(agent).where(eq(agent.login, login)).get();
}

export function findAgentById(db: GuichetDatabase, id: string): AgentRow | undefined {
  return db.orm.select().from(agent).where(eq(agent.id, id)).get();
}

export function listAgents(db: GuichetDatabase): AgentRow[] {
  return db.orm.select().from(agent).orderBy(asc(agent.displayName)).all();
}

export function insertAgent(db: GuichetDatabase, row: AgentRow): void {
  db.orm.insert(agent).values(row).run();
}

export function updateAgent(db: GuichetDatabase, id: string, changes: AgentChanges): void {
  db.orm.update(agent).set(changes).where(eq(agent.id, id)).run();
}

export function countActiveAdmins(db: GuichetDatabase): number {
  const row = db.orm
    .select({ n: count() })
    .from(agent)
    .where(and(eq(agent.role, 'admin'), eq(agent.disabled, false)))
    .get();
  return row?.n ?? 0;
}
