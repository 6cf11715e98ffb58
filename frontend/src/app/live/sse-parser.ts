/** One server-sent event as the stream framed it: its name ("message" when none) and its data. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Reads the text/event-stream format (WHATWG HTML, "server-sent events") chunk by chunk, as
 * fetch() delivers it: lines end with CRLF, LF or CR, a blank line ends an event, lines starting
 * with ':' are comments (keep-alives). The fields id and retry are not used by Liaison.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];

  /** Adds decoded text; returns the events it completes, in order. */
  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const done: SseMessage[] = [];
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c !== '\n' && c !== '\r') continue;
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      if (c === '\r' && i + 1 === this.buffer.length) break;
      this.line(this.buffer.slice(start, i), done);
      if (c === '\r' && this.buffer[i + 1] === '\n') i++;
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return done;
  }

  private line(line: string, done: SseMessage[]): void {
    if (line === '') {
      if (this.data.length)
        done.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.event = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}
