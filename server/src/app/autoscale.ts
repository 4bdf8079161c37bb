import type { AutoscaleDecision, AutoscaleSpec, MetricValues } from '../domain/autoscaler.js';
import type { Service } from '../domain/service.js';
import type { ServiceSpecInput } from './service-spec.js';
import type { ServiceService } from './services.js';

/*
 * Autoscaling as the API sees it: setting a service's autoscale block (a new revision), and
 * what the autoscaling loop (control/autoscaler.ts) last measured and decided for it.
 */

/** One evaluation of the loop, with its inputs. */
export interface AutoscaleRecord extends AutoscaleDecision {
  at: Date;
  /** Replicas with a stats sample this round. */
  measured: number;
  applied: boolean;
}

/** What the autoscaling loop answers about a service (control/autoscaler.ts implements it). */
export interface AutoscaleState {
  status(serviceId: string): {
    decisions: AutoscaleRecord[];
    metrics: MetricValues;
    lastScaleAt: Date | null;
  };
}

export interface AutoscaleStatus {
  serviceId: string;
  enabled: boolean;
  spec: AutoscaleSpec | null;
  replicas: number;
  /** Averages per ready replica at the last evaluation. */
  metrics: { cpuPercent: number | null; memoryPercent: number | null; requestRate: number | null };
  lastScaleAt: Date | null;
  /** Newest first. */
  decisions: AutoscaleRecord[];
}

export class AutoscaleService {
  constructor(
    private readonly services: ServiceService,
    private readonly state: AutoscaleState,
  ) {}

  /** Sets (or with null, removes) the autoscale block: a new revision, no restarts. */
  set(ref: string, autoscale: ServiceSpecInput['autoscale'], actor?: string): Promise<Service> {
    return this.services.setAutoscale(ref, autoscale, actor);
  }

  status(ref: string, field = 'serviceId'): AutoscaleStatus {
    const s = this.services.require(ref, field);
    const st = this.state.status(s.id);
    return {
      serviceId: s.id,
      enabled: !!s.spec.autoscale,
      spec: s.spec.autoscale ?? null,
      replicas: s.spec.replicas,
      metrics: {
        cpuPercent: st.metrics.cpu ?? null,
        memoryPercent: st.metrics.memory ?? null,
        requestRate: st.metrics.requestRate ?? null,
      },
      lastScaleAt: st.lastScaleAt,
      decisions: st.decisions,
    };
  }
}
