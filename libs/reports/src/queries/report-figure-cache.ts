import { Injectable } from '@nestjs/common';

/** Enough for every report of every team and period a busy morning asks for; each entry is a few rows. */
const ENTRIES = 500;

/**
 * The figures read for a data version, kept in memory: the facts of a rebuild never change (a
 * new rebuild is a new data version, and the key starts with it), so the same report asked again
 * — the page reloaded, the export after the view, a second supervisor of the team — is answered
 * without reading the facts again, and concurrent requests for the same figures read them once.
 * Holds ids and counts only, never a name; the least recently used entry goes first.
 */
@Injectable()
export class ReportFigureCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  protected readonly capacity: number = ENTRIES;

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key) as Promise<T> | undefined;
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const loading = load();
    this.entries.set(key, loading);
    // A failed read is not kept: the next request tries again.
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return loading;
  }
}

/**
 * Rendered exports, by data version, scope, filters, format and language: an XLSX takes a few
 * hundred milliseconds of CPU to write, and the same file asked for again (a second download, a
 * colleague's) is the same bytes. Its "generated at" is when the file was first written, which is
 * what it says. Few entries: a file is tens of kilobytes.
 */
@Injectable()
export class RenderedReportCache extends ReportFigureCache {
  protected override readonly capacity: number = 20;
}
