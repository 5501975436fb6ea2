/**
 * Actor codes: the dated code of an entry for the article date, compound codes
 * (`FRO/BIL/SAM` = three actors), and agent composition (`ARN` + `~REL` = `ARNREL`,
 * `NGO~` + `ARN` + `~GOV` = `NGOARNGOV`).
 */
import type { ActorEntry, AgentEntry } from '../../dictionaries/types.js';

const CODE = /^[A-Z0-9]{3,}$/;

/** The code of an entry on a date: the first dated code holding then, else the plain code. */
export function codeOn(entry: ActorEntry, date: string | null): string {
  if (date !== null) {
    for (const d of entry.dated) {
      if ((d.from === undefined || d.from <= date) && (d.to === undefined || date <= d.to)) return d.code;
    }
  }
  return entry.code;
}

/** The actor codes a raw code stands for: `FRO/BIL/SAM` → three; `---` → none. */
export function splitCodes(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split('/')) {
    const code = part.trim().toUpperCase();
    if (CODE.test(code)) out.push(code);
  }
  return out;
}

function hasBlock(code: string, block: string): boolean {
  for (let i = 0; i + block.length <= code.length; i += 3) {
    if (code.startsWith(block, i)) return true;
  }
  return false;
}

/** Appends suffix agents and prepends prefix agents to a base code, skipping repeated blocks. */
export function composeCode(base: string, agents: readonly AgentEntry[]): string {
  let code = base;
  let prefix = '';
  for (const agent of agents) {
    const role = agent.code.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    if (role === '') continue;
    if (agent.position === 'prefix') {
      if (!hasBlock(prefix + code, role)) prefix += role;
    } else if (!hasBlock(code, role)) code += role;
  }
  return prefix + code;
}
