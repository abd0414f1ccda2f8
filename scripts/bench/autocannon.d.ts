// The part of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Context = Record<string, unknown>;
  type RawRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  };
  export type Request = RawRequest & {
    setupRequest?: (request: RawRequest, context: Context) => RawRequest | null | undefined;
    onResponse?: (
      status: number,
      body: string,
      context: Context,
      headers: Record<string, string>,
    ) => void;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: Request[];
    timeout?: number;
    initialContext?: Context;
  };
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
  export type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Responses by HTTP status, e.g. { "200": { count: 10 } }. */
    statusCodeStats?: Record<string, { count: number }>;
    duration: number;
    "2xx": number;
  };
  function autocannon(options: Options): Promise<Result> & { stop: () => void };
  export default autocannon;
}
