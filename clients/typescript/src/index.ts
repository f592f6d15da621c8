// Public surface of @casting-agency/api-client: everything generated into api-client.ts
// (the client, its DTO types and enums, ApiProblemError, createClient).
export * from "./api-client.js";
