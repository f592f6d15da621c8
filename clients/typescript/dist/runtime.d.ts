import type { ProblemDetails } from "./api-client.js";
/** Where the client gets its bearer token; called before every request, so a refreshed token is used at once. */
export type AccessTokenProvider = () => string | null | undefined | Promise<string | null | undefined>;
/** The `fetch` the client calls: the global one unless another is given (tests, proxies, instrumentation). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
/**
 * Opt-in retries (`retry: true` takes these defaults). Retried: 429 (always: the API refused it before running it),
 * 503 and network errors when the request is idempotent (GET, DELETE) or carries an `Idempotency-Key`, and the 409
 * of a key still in use by a running request. The wait is `Retry-After` when the API sends one, else an exponential
 * backoff with jitter. A POST that can take an `Idempotency-Key` gets one generated when none is given, and every
 * attempt sends the same key: a retried create writes one row.
 */
export interface RetryOptions {
    /** Attempts in all, the first included (default 3). */
    attempts?: number | undefined;
    /** No attempt starts later than this after the first one (default 30 000 ms), waits included. */
    maxElapsedMs?: number | undefined;
    /** The longest single wait (default 10 000 ms): a longer `Retry-After` ends the retries with its error. */
    maxDelayMs?: number | undefined;
    /** The first backoff when the API sends no `Retry-After` (default 250 ms), doubled each attempt, ±50 % jitter. */
    baseDelayMs?: number | undefined;
}
/** What the hooks see of one attempt: `headers` may be changed in `onRequest` (e.g. a refreshed token, a request id). */
export interface RequestContext {
    /** The operation, e.g. "getActor". */
    readonly operation: string;
    readonly method: string;
    readonly url: string;
    readonly headers: Headers;
    /** 1 for the first attempt, 2 for the first retry, ... */
    readonly attempt: number;
}
export interface ClientOptions {
    /** The API's base URL, e.g. "https://api.example.com" or "/api" behind a dev-server proxy (no trailing slash needed). */
    baseUrl: string;
    /** Returns the access token (without "Bearer "), or null/undefined for an anonymous call; called before every attempt. */
    getAccessToken?: AccessTokenProvider | undefined;
    /** Defaults to `globalThis.fetch` (browsers, Node 18+). */
    fetch?: FetchLike | undefined;
    /** Headers sent with every request (e.g. `X-Request-Id`, which the API echoes and logs). */
    headers?: Record<string, string> | undefined;
    /** Retries on 429, 503, the in-flight 409 and network errors (see RetryOptions). Off unless given. */
    retry?: boolean | RetryOptions | undefined;
    /** Called before every attempt is sent; may change `request.headers`. */
    onRequest?: ((request: RequestContext) => void | Promise<void>) | undefined;
    /** Called with every response (errors and retried ones included) before it is read; use `response.clone()` to read the body. */
    onResponse?: ((response: Response, request: RequestContext) => void | Promise<void>) | undefined;
    /** Called once with the error a call rejects with (after the last retry), e.g. for logging. */
    onError?: ((error: ApiError, request: RequestContext | null) => void | Promise<void>) | undefined;
}
/** What every operation accepts besides its query parameters (which are snake_case, as on the wire). */
export interface RequestOptions {
    /** Cancels the request (and any wait between retries); the call then rejects with an `ApiError` of kind "aborted". */
    signal?: AbortSignal | undefined;
    /** Extra headers for this request only. */
    headers?: Record<string, string> | undefined;
    /** Overrides the client's `retry` for this request (`false` turns it off). */
    retry?: boolean | RetryOptions | undefined;
}
/** Why an `ApiError` was thrown. */
export type ApiErrorKind = 
/** The API answered 4xx/5xx with a problem details body (`status`, `title`, `detail`, `errors`). */
"problem"
/** The request never got an answer: DNS, refused connection, CORS (in a browser), offline. `status` is 0. */
 | "network"
/** The `signal` aborted the request (or a timeout signal fired). `status` is 0. */
 | "aborted"
/** The call was refused before sending: a wrong argument (not an integer id, a missing body, an unknown parameter). */
 | "invalid_argument"
/** The API answered something the client cannot read (not JSON, an unexpected status). */
 | "invalid_response";
/**
 * The one error the client throws. `message` is `detail`: what exactly was wrong, fit to show to people.
 * Switch on `kind` (or `status`) to react; `errors` maps snake_case field names to messages on 400/422.
 */
export declare class ApiError extends Error {
    readonly name = "ApiError";
    readonly kind: ApiErrorKind;
    /** The HTTP status (400–599), or 0 when there was no answer (network, aborted, invalid_argument). */
    readonly status: number;
    /** A short summary: the problem's title ("Not Found"), or "Network error", "Aborted", "Invalid argument". */
    readonly title: string;
    /** What exactly was wrong, e.g. "actor 42 does not exist". Also the `message`. */
    readonly detail: string;
    /** Validation errors by snake_case field name (empty when none); for invalid_argument, the argument's name. */
    readonly errors: Readonly<Record<string, readonly string[]>>;
    /** The problem type URI ("about:blank" when the API gave none or there was no answer). */
    readonly type: string;
    /** The problem details body as received (null when there was none). */
    readonly problem: ProblemDetails | null;
    /** The request's trace id, to quote to the API's operators. */
    readonly traceId: string | null;
    /** The response headers (Retry-After on 429/503 and the in-flight 409), or null without a response. */
    readonly headers: Headers | null;
    /** The operation that failed, e.g. "getActor". */
    readonly operation: string;
    constructor(init: {
        kind: ApiErrorKind;
        operation: string;
        status?: number;
        title: string;
        detail: string;
        errors?: Record<string, readonly string[]>;
        type?: string;
        problem?: ProblemDetails | null;
        traceId?: string | null;
        headers?: Headers | null;
        cause?: unknown;
    });
    /** The ETag the API sent with the error, else null. */
    get etag(): string | null;
    /** Seconds to wait before retrying (Retry-After on 429/503/409, in seconds or as an HTTP date), else null. */
    get retryAfter(): number | null;
    /** The messages of one field (snake_case), or [] — handy next to a form input. */
    fieldErrors(field: string): readonly string[];
    /** Builds the error of a 4xx/5xx answer from its problem details body (or whatever the body was). */
    static fromResponse(operation: string, response: Response): Promise<ApiError>;
}
/** True when `error` is an `ApiError`, optionally of the given status (a number) or kind (a string). */
export declare function isApiError(error: unknown, statusOrKind?: number | ApiErrorKind): error is ApiError;
/** What every operation resolves to. */
export interface ApiResult<T> {
    /** False: the API sent the resource (see NotModifiedResult for a 304). */
    notModified: false;
    /** The response body, typed from the OpenAPI document. */
    data: T;
    /** The HTTP status: 200, or 201 for a create. */
    status: number;
    /** The resource's strong ETag (GET by id, POST, PATCH), to send back as `ifMatch`; else null. */
    etag: string | null;
    /** The new resource's absolute URL (201 answers), else null. */
    location: string | null;
    /** All response headers (e.g. `idempotent-replayed`). */
    headers: Headers;
}
/**
 * What a GET by id with `ifNoneMatch` resolves to when the resource still has that ETag (304 Not Modified):
 * keep the copy you have. Test `result.notModified` before reading `data`.
 */
export interface NotModifiedResult {
    notModified: true;
    /** Null: a 304 has no body. */
    data: null;
    status: 304;
    /** The ETag the resource still has (the one sent as `ifNoneMatch`). */
    etag: string | null;
    location: null;
    headers: Headers;
}
/** What every list operation resolves to: the result plus its items, total and cursor under the same names for every list. */
export interface ListResult<T, TItem> extends ApiResult<T> {
    /** This page's items (`data.actors`, `data.movies`, ...). */
    items: TItem[];
    /** The number of matching items (`data.total_actors`, ...); null with `include_total: false`. */
    total: number | null;
    /** Pass as `cursor` to read the next page (same filters, sort and page_size); null on the last page. */
    nextCursor: string | null;
}
/** Reads the ETag of a result (or passes a tag through): `api.updateActor(id, patch, { ifMatch: etagOf(read) })`. */
export declare function etagOf(result: {
    etag: string | null;
} | string | null | undefined): string | undefined;
/** How a query or path parameter is checked and written: its JSON type, and "[]" for a repeatable one. */
export type ParamKind = "integer" | "number" | "boolean" | "string" | "integer[]" | "number[]" | "boolean[]" | "string[]";
/** One operation as the generator read it from the document. */
export interface OperationMeta {
    readonly id: string;
    readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
    readonly path: string;
    readonly pathParams: readonly {
        readonly name: string;
        readonly kind: ParamKind;
        readonly minimum?: number;
    }[];
    readonly query: Readonly<Record<string, ParamKind>>;
    /** Request option name (camelCase) to header name: ifMatch → If-Match. */
    readonly headers: Readonly<Record<string, string>>;
    readonly body: "required" | "optional" | "none";
    /** For lists: the names of the items array, the total and the cursor in the envelope. */
    readonly list?: {
        readonly items: string;
        readonly total: string | null;
        readonly cursor: string;
    };
}
/** The HTTP side of the client: builds the URL and headers, calls fetch, and turns every failure into an `ApiError`. */
export declare class Transport {
    private readonly baseUrl;
    private readonly options;
    constructor(options: ClientOptions);
    /** Sends one operation. `params` holds its query parameters (snake_case) and request options (camelCase). */
    send(op: OperationMeta, pathValues: readonly unknown[], body: unknown, options?: object): Promise<ApiResult<unknown> | NotModifiedResult>;
    /** One attempt: token, hooks, fetch, and the answer read into a result or an `ApiError`. */
    private attempt;
    private url;
    private aborted;
}
/**
 * Every page of a list, following `next_cursor`. Without `include_total` it sends `include_total=false` (no count).
 * Functions, not Transport methods, so that a bundle without iterators leaves them out.
 */
export declare function walkPages(transport: Transport, op: OperationMeta, pathValues: readonly unknown[], options?: object): AsyncGenerator<ListResult<unknown, unknown>, void, undefined>;
/** Every item of a list, page after page by cursor. */
export declare function walkItems(transport: Transport, op: OperationMeta, pathValues: readonly unknown[], params?: object): AsyncGenerator<unknown, void, undefined>;
/**
 * The transport alone, for the per-operation functions (`import { createTransport, listActors }`): a bundle that
 * calls one operation then holds the runtime and that one operation, not the whole client class.
 */
export declare function createTransport(baseUrl: string, options?: Omit<ClientOptions, "baseUrl">): Transport;
//# sourceMappingURL=runtime.d.ts.map