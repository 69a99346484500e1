// LockService. The document lock is real across processes working on the same .xlsx: a lock file
// created exclusively next to it (a stale one, whose process is gone, is taken over). Acquiring
// reloads the workbook when another process saved it meanwhile. The bundle's releaseLock is
// deferred: the file lock is held until the host saves or disposes, so nothing is lost between
// the bundle's last write and the save.

import { randomUUID } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';

import { requireAuthorization, type RuntimeContext } from './context';
import { Emulated } from './counting';

/** What the runtime holds on the bundle's behalf. */
export interface DocumentLockHolder {
  /** Takes the lock within `timeoutMs`; true once held (again true while still held). */
  acquire(timeoutMs: number): boolean;
  release(): void;
  readonly held: boolean;
}

const POLL_MS = 25;
/** A lock file nobody could write a pid into (a crash right after creating it) expires. */
const UNREADABLE_LOCK_EXPIRY_MS = 10_000;

export function sleepMs(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const heldFiles = new Set<FileLock>();
let exitHookInstalled = false;

/** The lock file `<file>.xlsx.lock`, holding the owner's pid, time and a token. */
export class FileLock implements DocumentLockHolder {
  readonly lockPath: string;
  private readonly token = randomUUID();
  held = false;

  constructor(
    filePath: string,
    /** Runs once the lock is taken, before acquire returns (the reload). */
    private readonly onAcquired: () => void = () => {},
  ) {
    this.lockPath = `${filePath}.lock`;
  }

  acquire(timeoutMs: number): boolean {
    if (this.held) return true;
    const deadline = Date.now() + Math.max(0, timeoutMs);
    while (!this.take()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      sleepMs(Math.min(POLL_MS, left));
    }

    this.held = true;
    heldFiles.add(this);
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on('exit', () => heldFiles.forEach((lock) => lock.release()));
    }
    try {
      this.onAcquired();
    } catch (error) {
      this.release();
      throw error;
    }
    return true;
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    heldFiles.delete(this);
    try {
      if (readFileSync(this.lockPath, 'utf8').includes(this.token)) unlinkSync(this.lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  }

  private create(): boolean {
    let fd: number;
    try {
      fd = openSync(this.lockPath, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    writeSync(
      fd,
      JSON.stringify({ pid: process.pid, time: new Date().toISOString(), token: this.token }),
    );
    closeSync(fd);
    return true;
  }

  private take(): boolean {
    return this.create() || (this.takeOverStale() && this.create());
  }

  private isStale(text: string): boolean {
    try {
      const { pid } = JSON.parse(text) as { pid?: unknown };
      return typeof pid === 'number' && !processAlive(pid);
    } catch {
      return Date.now() - statSync(this.lockPath).mtimeMs > UNREADABLE_LOCK_EXPIRY_MS;
    }
  }

  /** Moves a stale lock aside; if another process replaced it meanwhile, puts that one back. */
  private takeOverStale(): boolean {
    let text: string;
    try {
      text = readFileSync(this.lockPath, 'utf8');
      if (!this.isStale(text)) return false;
    } catch {
      return true;
    }

    const aside = `${this.lockPath}.${process.pid}.${this.token}`;
    try {
      renameSync(this.lockPath, aside);
    } catch {
      return false;
    }
    const moved = readFileSync(aside, 'utf8');
    if (moved !== text) {
      try {
        linkSync(aside, this.lockPath);
      } catch {
        // The place was taken again: that owner keeps it.
      }
      unlinkSync(aside);
      return false;
    }
    unlinkSync(aside);
    return true;
  }
}

/** The lock of a workbook with no file: shared by the runtimes of this process. */
export class MemoryLock implements DocumentLockHolder {
  private static readonly owners = new WeakMap<object, MemoryLock>();
  held = false;

  constructor(private readonly key: object) {}

  /** Another runtime of this thread could not let go while this one waits, so no wait. */
  acquire(_timeoutMs: number): boolean {
    const owner = MemoryLock.owners.get(this.key);
    if (owner && owner !== this) return false;
    MemoryLock.owners.set(this.key, this);
    this.held = true;
    return true;
  }

  release(): void {
    if (MemoryLock.owners.get(this.key) === this) MemoryLock.owners.delete(this.key);
    this.held = false;
  }
}

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class Lock extends Emulated {
  readonly className = 'Lock';
  private owned = false;

  constructor(
    private readonly holder: DocumentLockHolder,
    private readonly waitCapMs: number,
  ) {
    super();
  }

  override _counted(): boolean {
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    if (this.owned) return true;
    this.owned = this.holder.acquire(Math.min(Number(timeoutInMillis) || 0, this.waitCapMs));
    return this.owned;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  /** The bundle lets go; the runtime keeps the file lock until it has saved. */
  releaseLock(): void {
    this.owned = false;
  }

  hasLock(): boolean {
    return this.owned;
  }
}

export class LockService extends Emulated {
  readonly className = 'LockService';
  private readonly scriptLock = new MemoryLock({});
  private readonly userLock = new MemoryLock({});

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  override _counted(): boolean {
    return false;
  }

  getDocumentLock(): Lock {
    requireAuthorization(this.ctx, 'LockService.getDocumentLock');
    return new Lock(this.ctx.documentLock, this.ctx.options.lockWaitMs);
  }

  getScriptLock(): Lock {
    return new Lock(this.scriptLock, this.ctx.options.lockWaitMs);
  }

  getUserLock(): Lock {
    return new Lock(this.userLock, this.ctx.options.lockWaitMs);
  }
}
