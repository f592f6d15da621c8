export * from "./api.js";
export type * from "./api-client.js";
export { ApiError, isApiError, etagOf, type AccessTokenProvider, type ApiErrorKind, type ApiResult, type ClientOptions, type FetchLike, type ListResult, type RequestOptions, } from "./runtime.js";
//# sourceMappingURL=index.d.ts.map