export * from "./api.js";
export type * from "./api-client.js";
export { ApiError, isApiError, etagOf, createTransport, Transport, type AccessTokenProvider, type ApiErrorKind, type ApiResult, type ClientOptions, type FetchLike, type ListResult, type NotModifiedResult, type RequestContext, type RequestOptions, type RetryOptions, } from "./runtime.js";
//# sourceMappingURL=index.d.ts.map