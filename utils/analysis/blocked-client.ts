/**
 * The user's own blocklist, applied on the page: a job or card from a blocked client gets a
 * danger finding whose evidence is the client fact, so it is explainable like any other.
 */
import type { ClientFacts, Site } from '../facts';
import type { Finding } from '../findings';

export const BLOCKED_CLIENT_RULE_ID = 'blocked-client/user-blocklist';

export function blockedClientFinding(
  site: Site,
  client: ClientFacts | undefined,
  blockedClients: ReadonlySet<string>,
): Finding | null {
  if (!client?.id || !blockedClients.has(`${site}:${client.id}`)) return null;
  const text = client.name ? `${client.name} (${client.id})` : client.id;
  return {
    ruleId: BLOCKED_CLIENT_RULE_ID,
    category: 'blocked-client',
    severity: 'danger',
    evidence: [{ text, source: 'fact:client.id', start: 0, end: text.length }],
  };
}
