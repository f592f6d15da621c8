const reasonPhrases = {
    304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 409: "Conflict", 412: "Precondition Failed", 413: "Content Too Large",
    415: "Unsupported Media Type", 422: "Unprocessable Content", 429: "Too Many Requests",
    500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
};
/**
 * The one error the client throws. `message` is `detail`: what exactly was wrong, fit to show to people.
 * Switch on `kind` (or `status`) to react; `errors` maps snake_case field names to messages on 400/422.
 */
export class ApiError extends Error {
    name = "ApiError";
    kind;
    /** The HTTP status (400–599), or 0 when there was no answer (network, aborted, invalid_argument). */
    status;
    /** A short summary: the problem's title ("Not Found"), or "Network error", "Aborted", "Invalid argument". */
    title;
    /** What exactly was wrong, e.g. "actor 42 does not exist". Also the `message`. */
    detail;
    /** Validation errors by snake_case field name (empty when none); for invalid_argument, the argument's name. */
    errors;
    /** The problem type URI ("about:blank" when the API gave none or there was no answer). */
    type;
    /** The problem details body as received (null when there was none). */
    problem;
    /** The request's trace id, to quote to the API's operators. */
    traceId;
    /** The response headers (Retry-After on 429/503 and the in-flight 409), or null without a response. */
    headers;
    /** The operation that failed, e.g. "getActor". */
    operation;
    constructor(init) {
        super(init.detail, init.cause === undefined ? undefined : { cause: init.cause });
        this.kind = init.kind;
        this.operation = init.operation;
        this.status = init.status ?? 0;
        this.title = init.title;
        this.detail = init.detail;
        this.errors = init.errors ?? {};
        this.type = init.type ?? "about:blank";
        this.problem = init.problem ?? null;
        this.traceId = init.traceId ?? null;
        this.headers = init.headers ?? null;
    }
    /** The ETag the API sent with the error, else null. */
    get etag() {
        return this.headers?.get("etag") ?? null;
    }
    /** Seconds to wait before retrying (Retry-After on 429/503/409, in seconds or as an HTTP date), else null. */
    get retryAfter() {
        const value = this.headers?.get("retry-after");
        if (!value)
            return null;
        if (/^\d+$/.test(value))
            return Number(value);
        const at = Date.parse(value);
        return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
    }
    /** The messages of one field (snake_case), or [] — handy next to a form input. */
    fieldErrors(field) {
        return this.errors[field] ?? [];
    }
    /** Builds the error of a 4xx/5xx answer from its problem details body (or whatever the body was). */
    static async fromResponse(operation, response) {
        const text = await response.text().catch(() => "");
        let body;
        try {
            const parsed = text ? JSON.parse(text) : undefined;
            body = parsed && typeof parsed === "object" ? parsed : undefined;
        }
        catch {
            body = undefined; // Not JSON: e.g. a proxy's HTML error page.
        }
        const status = response.status;
        const title = (typeof body?.title === "string" && body.title) || response.statusText || reasonPhrases[status] || `HTTP ${status}`;
        const detail = (typeof body?.detail === "string" && body.detail) || (body ? "" : text.slice(0, 500)) || title;
        return new ApiError({
            kind: "problem",
            operation,
            status,
            title,
            detail,
            errors: body?.errors && typeof body.errors === "object" ? body.errors : {},
            type: typeof body?.type === "string" ? body.type : "about:blank",
            problem: body ? body : null,
            traceId: typeof body?.trace_id === "string" ? body.trace_id : null,
            headers: response.headers,
        });
    }
}
/** True when `error` is an `ApiError`, optionally of the given status (a number) or kind (a string). */
export function isApiError(error, statusOrKind) {
    if (!(error instanceof ApiError))
        return false;
    if (statusOrKind === undefined)
        return true;
    return typeof statusOrKind === "number" ? error.status === statusOrKind : error.kind === statusOrKind;
}
/** Reads the ETag of a result (or passes a tag through): `api.updateActor(id, patch, { ifMatch: etagOf(read) })`. */
export function etagOf(result) {
    if (result == null)
        return undefined;
    return (typeof result === "string" ? result : result.etag) ?? undefined;
}
const requestOptionNames = new Set(["signal", "headers", "retry"]);
/** The retry settings in force, or null when retries are off. */
function retryPolicy(option) {
    if (!option)
        return null;
    const o = option === true ? {} : option;
    return {
        attempts: Math.max(1, o.attempts ?? 3),
        maxElapsedMs: o.maxElapsedMs ?? 30_000,
        maxDelayMs: o.maxDelayMs ?? 10_000,
        baseDelayMs: o.baseDelayMs ?? 250,
    };
}
/** A random Idempotency-Key (a UUID where crypto.randomUUID exists: browsers in secure contexts, Node 19+). */
function newKey() {
    const c = globalThis.crypto;
    if (c?.randomUUID)
        return c.randomUUID();
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const done = () => { signal?.removeEventListener("abort", stop); resolve(); };
        const timer = setTimeout(done, ms);
        const stop = () => { clearTimeout(timer); reject(signal?.reason); };
        signal?.addEventListener("abort", stop, { once: true });
    });
}
/** In a browser, a failed fetch is also what a CORS refusal looks like: say so, with the page's origin. */
function corsHint(url) {
    const origin = globalThis.location?.origin;
    if (!origin || origin === "null")
        return "";
    try {
        if (new URL(url, origin).origin === origin)
            return "";
    }
    catch {
        return "";
    }
    return `. In a browser this is also how a CORS refusal looks: check the console, and that the API allows the origin ${origin} (Cors:AllowedOrigins)`;
}
function invalid(operation, name, detail) {
    return new ApiError({ kind: "invalid_argument", operation, title: "Invalid argument", detail, errors: { [name]: [detail] } });
}
function checkValue(op, name, kind, value) {
    const base = kind.endsWith("[]") ? kind.slice(0, -2) : kind;
    const values = kind.endsWith("[]") ? (Array.isArray(value) ? value : [value]) : [value];
    if (!kind.endsWith("[]") && Array.isArray(value)) {
        throw invalid(op.id, name, `${op.id}: ${name} takes one value, not an array`);
    }
    for (const v of values) {
        const ok = base === "integer" ? typeof v === "number" && Number.isInteger(v)
            : base === "number" ? typeof v === "number" && Number.isFinite(v)
                : base === "boolean" ? typeof v === "boolean"
                    : typeof v === "string";
        if (!ok) {
            throw invalid(op.id, name, `${op.id}: ${name} must be ${base === "integer" ? "an integer" : `a ${base}`}, got ${JSON.stringify(v) ?? String(v)}`);
        }
    }
}
/** The HTTP side of the client: builds the URL and headers, calls fetch, and turns every failure into an `ApiError`. */
export class Transport {
    baseUrl;
    options;
    constructor(options) {
        if (typeof options?.baseUrl !== "string") {
            throw new ApiError({ kind: "invalid_argument", operation: "constructor", title: "Invalid argument", detail: "baseUrl must be a string, e.g. \"http://127.0.0.1:5080\" or \"/api\"", errors: { baseUrl: ["required"] } });
        }
        this.baseUrl = options.baseUrl.replace(/\/+$/, "");
        this.options = options;
    }
    /** Sends one operation. `params` holds its query parameters (snake_case) and request options (camelCase). */
    async send(op, pathValues, body, options = {}) {
        let request = null;
        try {
            const params = (options ?? {});
            const url = this.url(op, pathValues, body, params);
            const headers = new Headers(this.options.headers);
            headers.set("Accept", "application/json, application/problem+json");
            for (const [option, header] of Object.entries(op.headers)) {
                const value = params[option];
                if (value === undefined || value === null || value === "")
                    continue;
                if (typeof value !== "string")
                    throw invalid(op.id, option, `${op.id}: ${option} must be a string`);
                headers.set(header, value);
            }
            for (const [name, value] of Object.entries(params.headers ?? {})) {
                headers.set(name, value);
            }
            if (body !== undefined)
                headers.set("Content-Type", "application/json");
            const signal = params.signal;
            const retry = retryPolicy(params.retry === undefined ? this.options.retry : params.retry);
            // A retried create must not write twice: every attempt carries the same key (the API replays the first answer).
            if (retry && op.method === "POST" && op.headers.idempotencyKey && !headers.has("Idempotency-Key")) {
                headers.set("Idempotency-Key", newKey());
            }
            const keyed = headers.has("Idempotency-Key");
            const idempotent = keyed || op.method === "GET" || op.method === "PUT" || op.method === "DELETE";
            const started = Date.now();
            for (let attempt = 1;; attempt++) {
                request = { operation: op.id, method: op.method, url, headers: new Headers(headers), attempt };
                try {
                    return await this.attempt(op, request, body, signal);
                }
                catch (error) {
                    if (!retry || !(error instanceof ApiError) || attempt >= retry.attempts)
                        throw error;
                    const again = error.kind === "network" ? idempotent
                        : error.status === 429 || (error.status === 503 && idempotent)
                            || (error.status === 409 && keyed && error.retryAfter !== null);
                    if (!again)
                        throw error;
                    const wait = error.retryAfter !== null
                        ? error.retryAfter * 1000
                        : retry.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
                    if (wait > retry.maxDelayMs || Date.now() - started + wait > retry.maxElapsedMs)
                        throw error;
                    await sleep(wait, signal).catch((reason) => { throw this.aborted(op, reason); });
                }
            }
        }
        catch (error) {
            if (error instanceof ApiError)
                await this.options.onError?.(error, request);
            throw error;
        }
    }
    /** One attempt: token, hooks, fetch, and the answer read into a result or an `ApiError`. */
    async attempt(op, request, body, signal) {
        if (signal?.aborted)
            throw this.aborted(op, signal.reason);
        const token = await this.options.getAccessToken?.();
        if (token)
            request.headers.set("Authorization", `Bearer ${token}`);
        await this.options.onRequest?.(request);
        const fetchImpl = this.options.fetch ?? ((input, init) => globalThis.fetch(input, init));
        let response;
        let text;
        try {
            const init = { method: op.method, headers: request.headers };
            if (body !== undefined)
                init.body = JSON.stringify(body);
            if (signal)
                init.signal = signal;
            response = await fetchImpl(request.url, init);
            await this.options.onResponse?.(response, request);
            if (response.status >= 400) {
                throw await ApiError.fromResponse(op.id, response);
            }
            text = await response.text();
        }
        catch (error) {
            if (error instanceof ApiError)
                throw error;
            if (signal?.aborted || error?.name === "AbortError")
                throw this.aborted(op, signal?.reason ?? error);
            throw new ApiError({
                kind: "network",
                operation: op.id,
                title: "Network error",
                detail: `Could not reach the API (${op.method} ${request.url}): ${describe(error)}${corsHint(request.url)}`,
                cause: error,
            });
        }
        if (response.status === 304) {
            return { notModified: true, data: null, status: 304, etag: response.headers.get("etag") ?? request.headers.get("If-None-Match"), location: null, headers: response.headers };
        }
        if (response.status < 200 || response.status > 299) {
            throw new ApiError({ kind: "invalid_response", operation: op.id, status: response.status, title: "Unexpected response", detail: `${op.id}: unexpected HTTP ${response.status}`, headers: response.headers });
        }
        let data = null;
        if (text) {
            try {
                data = JSON.parse(text);
            }
            catch (error) {
                throw new ApiError({ kind: "invalid_response", operation: op.id, status: response.status, title: "Unexpected response", detail: `${op.id}: the response is not JSON`, headers: response.headers, cause: error });
            }
        }
        const result = {
            notModified: false,
            data,
            status: response.status,
            etag: response.headers.get("etag"),
            location: response.headers.get("location"),
            headers: response.headers,
        };
        if (op.list && data && typeof data === "object") {
            const envelope = data;
            return {
                ...result,
                items: envelope[op.list.items] ?? [],
                total: op.list.total ? (envelope[op.list.total] ?? null) : null,
                nextCursor: envelope[op.list.cursor] ?? null,
            };
        }
        return result;
    }
    url(op, pathValues, body, params) {
        let path = op.path;
        op.pathParams.forEach((p, i) => {
            const value = pathValues[i];
            checkValue(op, p.name, p.kind, value);
            if (p.minimum !== undefined && value < p.minimum) {
                throw invalid(op.id, p.name, `${op.id}: ${p.name} must be at least ${p.minimum}, got ${String(value)}`);
            }
            path = path.replace(`{${p.name}}`, encodeURIComponent(String(value)));
        });
        if (op.body === "required" && (body === undefined || body === null)) {
            throw invalid(op.id, "body", `${op.id}: the request body is required`);
        }
        if (params === null || typeof params !== "object" || Array.isArray(params)) {
            throw invalid(op.id, "params", `${op.id}: the last argument must be an options object`);
        }
        const search = new URLSearchParams();
        for (const [name, value] of Object.entries(params)) {
            if (requestOptionNames.has(name) || name in op.headers)
                continue;
            const kind = op.query[name];
            if (kind === undefined) {
                throw invalid(op.id, name, `${op.id}: unknown parameter ${name}`);
            }
            if (value === undefined || value === null)
                continue;
            // sort takes a list of fields, written comma-separated.
            const written = name === "sort" && Array.isArray(value) ? value.join(",") : value;
            checkValue(op, name, kind, written);
            for (const v of Array.isArray(written) ? written : [written])
                search.append(name, String(v));
        }
        const qs = search.toString();
        return `${this.baseUrl}${path}${qs ? `?${qs}` : ""}`;
    }
    aborted(op, reason) {
        const timeout = reason?.name === "TimeoutError";
        return new ApiError({
            kind: "aborted",
            operation: op.id,
            title: "Aborted",
            detail: timeout ? `${op.id} timed out` : `${op.id} was aborted`,
            cause: reason,
        });
    }
}
/**
 * Every page of a list, following `next_cursor`. Without `include_total` it sends `include_total=false` (no count).
 * Functions, not Transport methods, so that a bundle without iterators leaves them out.
 */
export async function* walkPages(transport, op, pathValues, options = {}) {
    if (!op.list)
        throw invalid(op.id, "operation", `${op.id} is not a list`);
    const params = (options ?? {});
    if (params.page !== undefined)
        throw invalid(op.id, "page", `${op.id}: the cursor walk starts at the first page (or at \`cursor\`); do not pass page`);
    let query = { include_total: false, ...params };
    for (;;) {
        const page = (await transport.send(op, pathValues, undefined, query));
        yield page;
        if (!page.nextCursor)
            return;
        query = { ...query, cursor: page.nextCursor };
    }
}
/** Every item of a list, page after page by cursor. */
export async function* walkItems(transport, op, pathValues, params = {}) {
    for await (const page of walkPages(transport, op, pathValues, params)) {
        yield* page.items;
    }
}
/**
 * The transport alone, for the per-operation functions (`import { createTransport, listActors }`): a bundle that
 * calls one operation then holds the runtime and that one operation, not the whole client class.
 */
export function createTransport(baseUrl, options = {}) {
    return new Transport({ ...options, baseUrl });
}
function describe(error) {
    if (error instanceof Error) {
        const cause = error.cause;
        return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
    }
    return String(error);
}
//# sourceMappingURL=runtime.js.map