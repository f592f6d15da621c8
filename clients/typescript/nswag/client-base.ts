// Hand-written, merged into api-client.ts by NSwag (extensionCode): the bearer token and typed errors.

/** Where the client gets its bearer token; called before every request, so a refreshed token is used at once. */
export type AccessTokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/**
 * The usual way to make a client: `createClient("https://api.example.com", { getAccessToken: () => token })`.
 * Works in browsers and in Node 18+ (it uses the global fetch unless another one is given).
 */
export function createClient(
    baseUrl: string,
    options: { getAccessToken?: AccessTokenProvider; fetch?: (url: RequestInfo, init?: RequestInit) => Promise<Response> } = {},
): CastingAgencyClient {
    const fetchImpl = options.fetch ?? ((url: RequestInfo, init?: RequestInit) => globalThis.fetch(url, init));
    return new CastingAgencyClient(new ApiClientConfig(options), baseUrl.replace(/\/+$/, ""), { fetch: fetchImpl });
}

/** What every generated client is constructed with (besides the base URL). */
export class ApiClientConfig {
    /** Returns the access token (without "Bearer "), or null/undefined for an anonymous call. */
    readonly getAccessToken?: AccessTokenProvider;

    constructor(options: { getAccessToken?: AccessTokenProvider } = {}) {
        this.getAccessToken = options.getAccessToken;
    }
}

/** Base of the generated client: adds the Authorization header and turns every error status into an ApiProblemError. */
export class ClientBase {
    protected readonly configuration: ApiClientConfig;

    constructor(configuration?: ApiClientConfig) {
        this.configuration = configuration ?? new ApiClientConfig();
    }

    protected async transformOptions(options: RequestInit): Promise<RequestInit> {
        const headers = new Headers(options.headers);
        // The generated code sends an optional header it was not given (If-Match, If-None-Match, Idempotency-Key) as "":
        // drop those, since an empty If-Match would match nothing and fail with 412, and an empty Idempotency-Key is 400.
        for (const name of ["If-Match", "If-None-Match", "Idempotency-Key"]) {
            if (headers.get(name) === "") {
                headers.delete(name);
            }
        }
        const token = await this.configuration.getAccessToken?.();
        if (token) {
            headers.set("Authorization", `Bearer ${token}`);
        }
        options.headers = headers;
        return options;
    }

    protected async transformResult(_url: string, response: Response, processor: (response: Response) => any): Promise<any> {
        if (response.status >= 400) {
            throw await ApiProblemError.fromResponse(response);
        }
        return processor(response);
    }
}

/**
 * Every error the API returns (contract §5): an RFC 9457 problem with the legacy `message`.
 * `message` is the fixed text of the status ("Resource not found"); `detail` says what exactly was wrong;
 * `errors` maps snake_case field names to messages on 400/422 validation errors.
 */
export class ApiProblemError extends Error {
    /** The HTTP status code. */
    readonly status: number;
    /** The status's reason phrase, e.g. "Not Found". */
    readonly title: string;
    /** What exactly was wrong, e.g. "actor 42 does not exist". */
    readonly detail: string;
    /** Validation errors by snake_case field name (empty when none). */
    readonly errors: Record<string, string[]>;
    /** The request's trace id, to quote to the API's operators. */
    readonly traceId: string | undefined;
    /** The full problem body as received. */
    readonly problem: ProblemDetails;
    /** The response headers (e.g. Retry-After on 429, WWW-Authenticate on 401). */
    readonly headers: Headers;

    constructor(problem: ProblemDetails, headers: Headers) {
        super(problem.message);
        this.name = "ApiProblemError";
        this.problem = problem;
        this.status = problem.status;
        this.title = problem.title;
        this.detail = problem.detail;
        this.errors = problem.errors ?? {};
        this.traceId = problem.trace_id;
        this.headers = headers;
    }

    static async fromResponse(response: Response): Promise<ApiProblemError> {
        const text = await response.text();
        let body: Partial<ProblemDetails> | undefined;
        try {
            body = text ? (JSON.parse(text) as Partial<ProblemDetails>) : undefined;
        } catch {
            body = undefined; // Not JSON: e.g. a proxy's HTML error page.
        }
        const status = typeof body?.status === "number" ? body.status : response.status;
        const problem: ProblemDetails = {
            type: body?.type ?? "about:blank",
            title: body?.title ?? response.statusText,
            status,
            detail: body?.detail ?? text,
            instance: body?.instance ?? new URL(response.url || "http://unknown/").pathname,
            success: false,
            error: typeof body?.error === "number" ? body.error : status,
            message: body?.message ?? (response.statusText || `HTTP ${status}`),
            trace_id: body?.trace_id ?? "",
            ...(body?.errors ? { errors: body.errors } : {}),
        };
        return new ApiProblemError(problem, response.headers);
    }
}

/** True when `error` is an ApiProblemError with the given status (or any status when omitted). */
export function isApiProblem(error: unknown, status?: number): error is ApiProblemError {
    return error instanceof ApiProblemError && (status === undefined || error.status === status);
}
