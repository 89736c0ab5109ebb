import { ApiError, codeForStatus } from './http.js';
import { stream, type Random } from './random.js';

/** A failure to inject, for tests and stories of every failure path. Rules are checked in order. */
export interface FaultRule {
  /** Which requests it applies to; all when left out. */
  match?: {
    method?: string;
    /**
     * A path, with or without the `/customer/v1` base; `*` matches within one segment and `**` across
     * segments (`/customers/*`). A RegExp is tested against the full path and query.
     */
    path?: string | RegExp;
  };
  /** Answer with this error status (400..599) instead of handling; 429 adds `Retry-After`. */
  status?: number;
  /** Seconds for `Retry-After` on 429 and 503 (default 1 on 429). */
  retryAfter?: number;
  /** Extra delay in ms before anything else happens. */
  latency?: number;
  /** Share (0..1) of matching requests answered 503, drawn from a seeded stream. */
  failureRate?: number;
  /** Reject with `TypeError('Failed to fetch')` without handling: the request never arrived. */
  network?: boolean;
  /** Handle the request (the write happens), then reject with `TypeError`: the answer was lost on the way. */
  loseResponse?: boolean;
  /** Applies to this many matching requests, then is spent. */
  times?: number;
}

export interface FaultPlan {
  latency: number;
  network: boolean;
  loseResponse: boolean;
  /** An error to answer instead of handling. */
  status?: number;
  retryAfter?: number;
}

interface ActiveRule {
  rule: FaultRule;
  pattern: RegExp | undefined;
  remaining: number;
}

export class Faults {
  private rules: ActiveRule[] = [];
  private random: Random;

  constructor(private readonly seed: number) {
    this.random = stream(seed, 'faults');
  }

  /** Replaces every rule; the failure-rate stream restarts, so the same rules fail the same requests. */
  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => {
      check(rule);
      return { rule: { ...rule }, pattern: compile(rule.match?.path), remaining: rule.times ?? Infinity };
    });
    this.random = stream(this.seed, 'faults');
  }

  /** The rules still in force, with `times` counting what is left. */
  list(): FaultRule[] {
    return this.rules.map(({ rule, remaining }) =>
      Number.isFinite(remaining) ? { ...rule, times: remaining } : { ...rule },
    );
  }

  /**
   * Decides what happens to one request. Latency adds up over every matching rule; of the rules with an outcome
   * (network, status, failure rate, lost response) only the first that takes effect applies. A rule is spent
   * only by the requests it applied to, so a `times: 1` rule is not used up behind another rule's outcome.
   */
  plan(method: string, pathname: string, fullPath: string): FaultPlan {
    const plan: FaultPlan = { latency: 0, network: false, loseResponse: false };
    let decided = false;
    for (const active of this.rules) {
      if (!matches(active, method, pathname, fullPath)) continue;
      const { rule } = active;
      const outcome =
        rule.network === true ||
        rule.status !== undefined ||
        rule.failureRate !== undefined ||
        rule.loseResponse === true;
      if (outcome && decided) continue;
      active.remaining--;
      plan.latency += rule.latency ?? 0;
      if (rule.network) {
        plan.network = true;
        decided = true;
      } else if (rule.status !== undefined) {
        plan.status = rule.status;
        plan.retryAfter = rule.retryAfter ?? (rule.status === 429 ? 1 : undefined);
        decided = true;
      } else if (rule.failureRate !== undefined && this.random.next() < rule.failureRate) {
        plan.status = 503;
        plan.retryAfter = rule.retryAfter;
        decided = true;
      } else if (rule.loseResponse) {
        plan.loseResponse = true;
        decided = true;
      }
    }
    this.rules = this.rules.filter((active) => active.remaining > 0);
    return plan;
  }
}

function matches(active: ActiveRule, method: string, pathname: string, fullPath: string): boolean {
  const { match } = active.rule;
  if (match?.method && match.method.toUpperCase() !== method) return false;
  if (!active.pattern) return true;
  if (match?.path instanceof RegExp) {
    active.pattern.lastIndex = 0;
    return active.pattern.test(fullPath);
  }
  const relative = pathname.replace(/^.*?\/customer\/v1(?=\/|$)/, '') || '/';
  return active.pattern.test(pathname) || active.pattern.test(relative);
}

function compile(path: string | RegExp | undefined): RegExp | undefined {
  if (path === undefined || path instanceof RegExp) return path;
  const source = path
    .split('**')
    .map((part) => part.split('*').map(escape).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source.replace(/\/$/, '')}/?$`);
}

const escape = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

function check(rule: FaultRule): void {
  const { status, failureRate, times, latency, retryAfter } = rule;
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new RangeError(`FaultRule.status must be an error status (400..599), got ${status}.`);
  }
  if (failureRate !== undefined && !(failureRate >= 0 && failureRate <= 1)) {
    throw new RangeError(`FaultRule.failureRate must be within 0..1, got ${failureRate}.`);
  }
  if (times !== undefined && !(Number.isInteger(times) && times > 0)) {
    throw new RangeError(`FaultRule.times must be a positive whole number, got ${times}.`);
  }
  if (latency !== undefined && !(latency >= 0)) throw new RangeError(`FaultRule.latency must be >= 0, got ${latency}.`);
  if (retryAfter !== undefined && !(retryAfter >= 0)) {
    throw new RangeError(`FaultRule.retryAfter must be >= 0 seconds, got ${retryAfter}.`);
  }
}

/** The answer a forced status or a failure-rate hit gives, in the contract's error shape. */
export function injectedError(status: number, retryAfter: number | undefined): ApiError {
  const headers: Record<string, string> = {};
  if (retryAfter !== undefined && (status === 429 || status === 503)) headers['Retry-After'] = String(retryAfter);
  const message =
    status === 429
      ? 'Too many requests; retry after the time in Retry-After.'
      : status >= 500
        ? 'The service is temporarily unavailable; try again.'
        : `The request failed with status ${status}.`;
  return new ApiError(status, codeForStatus(status), `${message} (injected fault)`, { headers });
}
