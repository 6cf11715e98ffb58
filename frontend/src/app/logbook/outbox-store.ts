import { LogbookCategory } from '../core/models';

/** What the logbook API takes to write an entry, exactly as it will be posted. */
export interface EntryBody {
  category: LogbookCategory;
  text: string;
  important: boolean;
  corrects: string | null;
  /** The idempotency key: the server answers a replay with the entry it already has. */
  clientKey: string;
  /**
   * Ids of files already on the server (uploaded while online). The outbox keeps JSON only: a
   * file is never queued, so an entry written without network names none, except those uploaded
   * before the network went away. Absent from entries queued by earlier versions.
   */
  attachments?: string[];
}

/** Why the server refused a queued entry, kept for the author to read. */
export interface Refusal {
  status: number;
  messageKey: string;
  detail?: string;
}

/** A logbook entry written on this device and not accepted by the server yet. */
export interface OutboxItem {
  fileId: string;
  body: EntryBody;
  /** When it was written on the device (ISO 8601); the queue sends the oldest first. */
  createdAt: string;
  /** The Keycloak subject of the author: only he or she sends it, even on a shared phone. */
  author: string;
  /** Set when the server refused it for good: kept aside until the author discards it. */
  refusal?: Refusal;
}

const DB_NAME = 'liaison';
const DB_VERSION = 1;
const STORE = 'logbook-outbox';

/**
 * The logbook outbox in IndexedDB (it survives a reload, a closed tab, a restarted phone): one
 * object store, the key is the entry's clientKey. When IndexedDB cannot be opened (some private
 * modes), the entries are kept in memory, for as long as the page lives.
 */
export class OutboxStore {
  private readonly db: Promise<IDBDatabase | null> = openDatabase();
  private readonly memory = new Map<string, OutboxItem>();

  async all(): Promise<OutboxItem[]> {
    const db = await this.db;
    if (!db) return [...this.memory.values()];
    return request<OutboxItem[]>(db, 'readonly', (store) => store.getAll());
  }

  async put(item: OutboxItem): Promise<void> {
    const db = await this.db;
    if (!db) {
      this.memory.set(item.body.clientKey, item);
      return;
    }
    await request(db, 'readwrite', (store) => store.put(item, item.body.clientKey));
  }

  async delete(clientKey: string): Promise<void> {
    const db = await this.db;
    if (!db) {
      this.memory.delete(clientKey);
      return;
    }
    await request(db, 'readwrite', (store) => store.delete(clientKey));
  }
}

function openDatabase(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (e) {
      console.warn('IndexedDB unavailable: the logbook outbox lives in memory only', e);
      resolve(null);
      return;
    }
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
    };
    open.onsuccess = () => {
      const db = open.result;
      // Another tab opening a newer version of the database: let it, this one reloads later.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => {
      console.warn('IndexedDB unavailable: the logbook outbox lives in memory only', open.error);
      resolve(null);
    };
  });
}

/** Runs one request in its own transaction; resolves once the transaction is committed. */
function request<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  make: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = make(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result as T);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
