import { ConversationMember, ConversationMessage, Mention } from './messaging-models';

/** A piece of a message's text: plain, or the "@Prénom Nom" of a mentioned member. */
export interface TextPart {
  text: string;
  mention?: Mention;
}

/**
 * The text of a message cut around its mentions ("@Claire Dubois"), so that the template shows
 * them highlighted: text nodes only, never HTML from the message.
 */
export function textParts(text: string, mentions: readonly Mention[]): TextPart[] {
  // Longest names first: "@Anne Marie Dupont" before "@Anne Marie".
  const names = [...mentions].sort((a, b) => b.name.length - a.name.length);
  const parts: TextPart[] = [];
  let from = 0;
  for (;;) {
    let best: { at: number; mention: Mention } | null = null;
    for (const m of names) {
      const at = text.indexOf('@' + m.name, from);
      if (at >= 0 && (!best || at < best.at)) best = { at, mention: m };
    }
    if (!best) break;
    if (best.at > from) parts.push({ text: text.slice(from, best.at) });
    const end = best.at + best.mention.name.length + 1;
    parts.push({ text: text.slice(best.at, end), mention: best.mention });
    from = end;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}

/** Mentions of a message that its text does not show as "@Name" (listed under it instead). */
export function hiddenMentions(message: ConversationMessage): Mention[] {
  return message.mentions.filter((m) => !message.text.includes('@' + m.name));
}

/** Lower case, without accents: "Hélène" and "helene" are the same search. */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The "@…" being typed just before the caret, if any: where it starts and what follows it. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0) return null;
  if (start > 0 && !/[\s([{"'«]/.test(before[start - 1])) return null; // an e-mail address
  const query = before.slice(start + 1);
  if (query.length > 60 || /[\n@]/.test(query) || query.split(' ').length > 4) return null;
  return { start, query };
}

/** The members whose name a mention query may be the beginning of (of the name or of a word). */
export function mentionCandidates(
  members: readonly ConversationMember[],
  query: string,
): ConversationMember[] {
  const q = folded(query);
  return members.filter((m) => {
    const name = folded(m.name);
    if (name.startsWith(q)) return name.length > q.length || !q.endsWith(' ');
    // Once a space is typed, only a name that goes on from there ("@Claire D").
    return !q.includes(' ') && name.split(/[\s-]+/).some((word) => word.startsWith(q));
  });
}

/** Sorted oldest first, each message once (pages may overlap once new messages came in). */
export function merged(
  known: readonly ConversationMessage[],
  more: readonly ConversationMessage[],
): ConversationMessage[] {
  const byId = new Map(known.map((m) => [m.id, m]));
  for (const m of more) byId.set(m.id, m);
  return [...byId.values()].sort(
    (a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt) || a.id.localeCompare(b.id),
  );
}
