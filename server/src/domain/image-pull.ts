/**
 * A pull's progress from the engine's progress events (pure). The engine reports per layer:
 * "Pulling fs layer", "Waiting", "Downloading" (current/total bytes), "Verifying Checksum",
 * "Download complete", "Extracting" (current/total), "Pull complete", "Already exists".
 * Each layer counts as one share of the whole: its download is the first half, its extraction
 * the second, so the percentage moves on both and reaches 100 only when every layer is in.
 */

export interface PullEvent {
  status: string;
  id?: string;
  current?: number;
  total?: number;
}

interface LayerState {
  /** 0..1 of the layer: download 0..0.5, extraction 0.5..1. */
  fraction: number;
  downloaded: number;
  size: number;
}

export interface PullFigures {
  /** 0..100, whole numbers. */
  percent: number;
  layers: number;
  layersDone: number;
  downloadedBytes: number;
  /** Sum of the layer sizes the engine announced so far (layers already present count 0). */
  totalBytes: number;
  /** The engine's latest status line, e.g. "Downloading" or "Digest: sha256:…". */
  status: string;
}

const ratio = (current?: number, total?: number) =>
  total && total > 0 && current !== undefined ? Math.min(1, Math.max(0, current / total)) : 0;

/** Folds the engine's progress events of one pull into figures; `apply` returns whether they changed. */
export class PullProgressFold {
  private readonly layers = new Map<string, LayerState>();
  private status = '';

  apply(e: PullEvent): boolean {
    const before = JSON.stringify(this.figures());
    if (e.status) this.status = e.id && /^[0-9a-f]{12}$/.test(e.id) ? `${e.status} ${e.id}` : e.status;
    // Events about the image as a whole carry the tag (or nothing) as id, not a layer's short id.
    if (e.id && /^[0-9a-f]{12}$/.test(e.id)) {
      const l = this.layers.get(e.id) ?? { fraction: 0, downloaded: 0, size: 0 };
      const s = e.status;
      if (s === 'Downloading') {
        l.size = e.total ?? l.size;
        l.downloaded = Math.max(l.downloaded, e.current ?? 0);
        l.fraction = Math.max(l.fraction, 0.5 * ratio(e.current, e.total));
      } else if (s === 'Download complete' || s === 'Verifying Checksum') {
        l.downloaded = l.size;
        l.fraction = Math.max(l.fraction, 0.5);
      } else if (s === 'Extracting') {
        l.downloaded = l.size;
        l.fraction = Math.max(l.fraction, 0.5 + 0.5 * ratio(e.current, e.total));
      } else if (s === 'Pull complete' || s === 'Already exists') {
        l.downloaded = l.size;
        l.fraction = 1;
      }
      this.layers.set(e.id, l);
    }
    return JSON.stringify(this.figures()) !== before;
  }

  figures(done = false): PullFigures {
    const all = [...this.layers.values()];
    const sum = all.reduce((n, l) => n + l.fraction, 0);
    const percent = done ? 100 : all.length ? Math.min(99, Math.floor((100 * sum) / all.length)) : 0;
    return {
      percent,
      layers: all.length,
      layersDone: all.filter((l) => l.fraction >= 1).length,
      downloadedBytes: all.reduce((n, l) => n + l.downloaded, 0),
      totalBytes: all.reduce((n, l) => n + l.size, 0),
      status: this.status,
    };
  }
}
