#!/usr/bin/env node
// Writes src/api.ts, the client's operations, from docs/openapi/v1.json (run by scripts/generate.sh after NSwag):
//   - one method per operationId: (path parameters..., body?, params?) -> Promise<ApiResult<T>> (ListResult for lists);
//     `params` holds the query parameters (snake_case, typed from the document) and the request options
//     (signal, headers, and the operation's ifMatch / ifNoneMatch / idempotencyKey);
//   - `all.<list>` / `pages.<list>`: async iterators that follow next_cursor;
//   - arrays of every enum's values, and a typed `sort` per list.
// The DTO and enum types it names come from NSwag (src/api-client.ts), generated from the same document.
// Plain Node (no dependencies), deterministic output. See docs/decisions/ADR-012-typescript-client.md.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const clientDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const documentPath = process.argv[2] ?? join(clientDir, "../../docs/openapi/v1.json");
const outputPath = process.argv[3] ?? join(clientDir, "src/api.ts");
const doc = JSON.parse(readFileSync(documentPath, "utf8"));
const schemas = doc.components?.schemas ?? {};
const methods = ["get", "post", "put", "patch", "delete"];

const pascal = (s) => s.replace(/(^|[_\-\s])(\w)/g, (_, __, c) => c.toUpperCase());
const camel = (s) => { const p = pascal(s); return p[0].toLowerCase() + p.slice(1); };
const refName = (ref) => ref.replace("#/components/schemas/", "");
const resolve = (schema) => (schema?.$ref ? schemas[refName(schema.$ref)] : schema);
const quote = (s) => JSON.stringify(s);
const plural = (s) => (/[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : /(s|x|sh|ch)$/.test(s) ? `${s}es` : `${s}s`);
const doc1 = (text, indent = "") => {
    if (!text) return "";
    const lines = String(text).replace(/\*\//g, "*\\/").trim().split("\n");
    return lines.length === 1 ? `${indent}/** ${lines[0]} */\n` : `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ""}`).join("\n")}\n${indent} */\n`;
};

/** The one schema a wrapper stands for: `oneOf`/`allOf`/`anyOf` of a single schema (how nullable or described refs are written). */
const single = (schema) => schema?.oneOf?.length === 1 ? schema.oneOf[0] : schema?.allOf?.length === 1 ? schema.allOf[0] : schema?.anyOf?.length === 1 ? schema.anyOf[0] : null;

/** The TypeScript type of a parameter's schema (types named as NSwag names them: the schema's name). */
function tsType(schema) {
    if (!schema) return "unknown";
    if (schema.$ref) return refName(schema.$ref);
    if (single(schema)) return tsType(single(schema));
    if (schema.enum) return schema.enum.map(quote).join(" | ");
    switch (schema.type) {
        case "array": return `readonly ${tsType(schema.items)}[]`;
        case "integer": case "number": return "number";
        case "boolean": return "boolean";
        case "string": return "string";
        default: return "unknown";
    }
}

/** How the runtime checks and writes a parameter: integer, number, boolean, string, with "[]" when repeatable. */
function kindOf(schema) {
    const s = single(schema) ?? schema;
    if (s?.type === "array") return `${kindOf(s.items)}[]`;
    const r = resolve(s);
    if (r?.type === "integer" || r?.type === "number" || r?.type === "boolean") return r.type;
    return "string";
}

/**
 * The sortable fields of a list: the `x-sort-fields` of its `sort` parameter, which the API writes from the list's
 * filter record (ISortedList.Sorting). A list without it gets `sort?: string`.
 */
function sortFieldsOf(operationId, param) {
    const fields = param["x-sort-fields"];
    if (!Array.isArray(fields) || fields.length === 0) return null;
    return [...new Set(fields.map((f) => String(f).replace(/^-/, "")))];
}

const operations = [];
for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
        const op = item[method];
        if (!op) continue;
        if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
        const success = Object.entries(op.responses).find(([code]) => /^2\d\d$/.test(code));
        const successSchema = success?.[1]?.content?.["application/json"]?.schema;
        const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
        const envelope = resolve(successSchema);
        let list = null;
        if (envelope?.properties?.next_cursor) {
            const items = Object.entries(envelope.properties).find(([, p]) => p.type === "array");
            const total = Object.keys(envelope.properties).find((k) => k.startsWith("total_"));
            if (items) list = { items: items[0], itemType: tsType(items[1].items), total: total ?? null, cursor: "next_cursor" };
        }
        operations.push({
            id: op.operationId,
            method: method.toUpperCase(),
            path,
            summary: op.summary,
            description: op.description,
            pathParams: params.filter((p) => p.in === "path"),
            query: params.filter((p) => p.in === "query"),
            headers: params.filter((p) => p.in === "header"),
            body: bodySchema ? { type: tsType(bodySchema), required: op.requestBody.required === true } : null,
            response: successSchema ? tsType(successSchema) : "null",
            list,
        });
    }
}
operations.sort((a, b) => a.id.localeCompare(b.id));

const usedTypes = new Set();
const useType = (t) => { for (const m of t.matchAll(/\b[A-Z]\w*\b/g)) usedTypes.add(m[0]); return t; };

let out = "";
const emit = (s = "") => { out += `${s}\n`; };

// ---- enums
const enumNames = Object.keys(schemas).filter((n) => Array.isArray(schemas[n].enum)).sort();
let enumsOut = "";
for (const name of enumNames) {
    useType(name);
    enumsOut += doc1(`Every ${name} value, in the document's order (for dropdowns and checks). ${schemas[name].description ?? ""}`.trim());
    enumsOut += `export const ${plural(camel(name))} = [${schemas[name].enum.map(quote).join(", ")}] as const satisfies readonly ${name}[];\n\n`;
}

// ---- params types, metadata, methods
let typesOut = "";
let metaOut = "";
let methodsOut = "";
let functionsOut = "";
let operationsOut = "";
let allOut = "";
let pagesOut = "";
const sortTables = [];
for (const op of operations) {
    const P = pascal(op.id);
    const headerOptions = op.headers.map((h) => ({ option: camel(h.name.toLowerCase()), header: h.name, description: h.description }));
    // Query parameters and request options share one object: their names must not collide.
    const optionNames = new Set(["signal", "headers", ...headerOptions.map((h) => h.option)]);
    for (const q of op.query) {
        if (optionNames.has(q.name)) throw new Error(`${op.id}: the query parameter ${q.name} collides with a request option`);
    }
    const queryType = `${P}Query`;
    const paramsType = `${P}Params`;
    let sortType = null;
    if (op.query.length) {
        typesOut += doc1(`The query parameters of \`${op.id}\` (${op.method} ${op.path}), as on the wire.`);
        typesOut += `export interface ${queryType} {\n`;
        for (const q of op.query) {
            let type = useType(tsType(q.schema));
            let description = q.description;
            if (q.name === "sort") {
                const fields = sortFieldsOf(op.id, q);
                if (fields) {
                    sortType = `${P}Sort`;
                    sortTables.push({ op: op.id, type: sortType, fields });
                    type = `${sortType} | readonly ${sortType}[]`;
                    description = `${description ?? ""}\nOne field or several (sent comma-separated): ${fields.map((f) => `\`${f}\``).join(", ")}; \`-\` before a field sorts descending.`;
                }
            }
            typesOut += doc1(description, "    ");
            // `| undefined` too: with exactOptionalPropertyTypes, `{ ...query, cursor }` (cursor: string | undefined) compiles.
            typesOut += `    ${q.name}?: ${type} | undefined;\n`;
        }
        typesOut += "}\n\n";
    }
    const parts = [op.query.length ? queryType : null, "RequestOptions"].filter(Boolean);
    if (headerOptions.length) {
        typesOut += doc1(`Everything \`${op.id}\` takes besides its path parameters and body.`);
        typesOut += `export interface ${paramsType} extends ${parts.join(", ")} {\n`;
        for (const h of headerOptions) {
            typesOut += doc1(`Sent as the \`${h.header}\` header. ${h.description ?? ""}`.trim(), "    ");
            typesOut += `    ${h.option}?: string | undefined;\n`;
        }
        typesOut += "}\n\n";
    } else {
        typesOut += doc1(`Everything \`${op.id}\` takes besides its path parameters${op.body ? " and body" : ""}.`);
        typesOut += `export type ${paramsType} = ${parts.join(" & ")};\n\n`;
    }

    const pathMeta = op.pathParams.map((p) => {
        const kind = kindOf(p.schema);
        const min = resolve(p.schema)?.minimum;
        return `{ name: ${quote(p.name)}, kind: ${quote(kind)}${min !== undefined ? `, minimum: ${min}` : ""} }`;
    });
    const metaName = `${op.id}Operation`;
    metaOut += doc1(`\`${op.method} ${op.path}\` as the runtime sends it.`);
    metaOut += `export const ${metaName} = {\n`;
    metaOut += `    id: ${quote(op.id)},\n    method: ${quote(op.method)},\n    path: ${quote(op.path)},\n`;
    metaOut += `    pathParams: [${pathMeta.join(", ")}],\n`;
    metaOut += `    query: {${op.query.map((q) => ` ${q.name}: ${quote(kindOf(q.schema))}`).join(",")}${op.query.length ? " " : ""}},\n`;
    metaOut += `    headers: {${headerOptions.map((h) => ` ${h.option}: ${quote(h.header)}`).join(",")}${headerOptions.length ? " " : ""}},\n`;
    metaOut += `    body: ${quote(op.body ? (op.body.required ? "required" : "optional") : "none")},\n`;
    if (op.list) metaOut += `    list: { items: ${quote(op.list.items)}, total: ${quote(op.list.total)}, cursor: ${quote(op.list.cursor)} },\n`;
    metaOut += "} as const satisfies OperationMeta;\n\n";
    operationsOut += `    ${op.id}: ${metaName},\n`;

    const args = op.pathParams.map((p) => `${camel(p.name)}: ${tsType(p.schema)}`);
    const pathValues = `[${op.pathParams.map((p) => camel(p.name)).join(", ")}]`;
    if (op.body) args.push(`body: ${useType(op.body.type)}`);
    args.push(`params: ${paramsType} = {}`);
    const result = op.list ? `ListResult<${useType(op.response)}, ${useType(op.list.itemType)}>` : `ApiResult<${useType(op.response)}>`;
    const jsdoc = [
        op.summary && op.description?.startsWith(op.summary) ? op.description : [op.summary, op.description].filter(Boolean).join("\n\n"),
        "",
        `\`${op.method} ${op.path}\``,
        ...op.pathParams.map((p) => `@param ${camel(p.name)} ${p.description ?? ""}`.trim()),
        ...(op.body ? [`@param body ${schemas[op.body.type]?.description ?? "The request body."}`] : []),
        `@param params ${op.query.length ? "Query parameters (snake_case), " : ""}${headerOptions.map((h) => h.option).concat(["signal", "headers", "retry"]).join(", ")}.`,
        ...(headerOptions.some((h) => h.option === "ifNoneMatch") ? ["@returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag."] : []),
        "@throws ApiError for every failure: a problem answer, network, abort, invalid argument.",
    ].join("\n");
    // With ifNoneMatch, a GET can answer 304: the overload that takes it resolves to NotModifiedResult too.
    const conditional = headerOptions.some((h) => h.option === "ifNoneMatch");
    const argNames = [...op.pathParams.map((p) => camel(p.name)), ...(op.body ? ["body"] : []), "params"].join(", ");
    const fnArgs = ["client: Transport", ...args];
    const overloads = (indent, name, list) => conditional
        ? `${indent}${name}(${[...list.slice(0, -1), `params: ${paramsType} & { ifNoneMatch: string | undefined }`].join(", ")}): Promise<${result} | NotModifiedResult>;\n`
          + `${indent}${name}(${[...list.slice(0, -1), `params?: ${paramsType}`].join(", ")}): Promise<${result}>;\n`
        : "";
    const returns = conditional ? `Promise<${result} | NotModifiedResult>` : `Promise<${result}>`;
    functionsOut += doc1(`${jsdoc.replace(/\n@param /, "\n@param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.\n@param ")}`, "");
    functionsOut += overloads("export function ", op.id, fnArgs);
    functionsOut += `export function ${op.id}(${fnArgs.join(", ")}): ${returns} {\n`;
    functionsOut += `    return client.send(${metaName}, ${pathValues}, ${op.body ? "body" : "undefined"}, params) as ${returns};\n`;
    functionsOut += "}\n\n";
    methodsOut += doc1(jsdoc, "    ");
    methodsOut += overloads("    ", op.id, args);
    methodsOut += `    ${op.id}(${args.join(", ")}): ${returns} {\n`;
    methodsOut += `        return ${op.id}(this.transport, ${argNames});\n`;
    methodsOut += "    }\n\n";

    if (op.list) {
        const walkArgs = op.pathParams.map((p) => `${camel(p.name)}: ${tsType(p.schema)}`);
        walkArgs.push(`params: Omit<${paramsType}, "page"> = {}`);
        allOut += doc1(`Every item of \`${op.id}\`, page after page by \`next_cursor\` (\`include_total=false\` unless given).`, "        ");
        allOut += `        ${op.id}: (${walkArgs.join(", ")}): AsyncGenerator<${op.list.itemType}, void, undefined> =>\n`;
        allOut += `            walkItems(this.transport, ${metaName}, ${pathValues}, params) as AsyncGenerator<${op.list.itemType}, void, undefined>,\n`;
        pagesOut += doc1(`Every page of \`${op.id}\` as a ListResult, by \`next_cursor\` (\`include_total=false\` unless given).`, "        ");
        pagesOut += `        ${op.id}: (${walkArgs.join(", ")}): AsyncGenerator<${result}, void, undefined> =>\n`;
        pagesOut += `            walkPages(this.transport, ${metaName}, ${pathValues}, params) as AsyncGenerator<${result}, void, undefined>,\n`;
    }
}

let sortOut = "";
for (const s of sortTables) {
    sortOut += doc1(`The fields \`${s.op}\` sorts by.`);
    sortOut += `export type ${s.type}Field = ${s.fields.map(quote).join(" | ")};\n`;
    sortOut += doc1(`One sort key of \`${s.op}\`: a field, or \`-field\` for descending.`);
    sortOut += `export type ${s.type} = ${s.type}Field | \`-\${${s.type}Field}\`;\n\n`;
}
sortOut += doc1("The sortable fields of each list (for a sort dropdown).");
sortOut += "export const sortFields = {\n";
for (const s of sortTables) sortOut += `    ${s.op}: [${s.fields.map(quote).join(", ")}] as const satisfies readonly ${s.type}Field[],\n`;
sortOut += "} as const;\n";

const imported = [...usedTypes].filter((t) => schemas[t]).sort();
emit("// <auto-generated>");
emit("//     By scripts/generate-api.mjs from docs/openapi/v1.json (run scripts/generate.sh). Do not edit by hand.");
emit("// </auto-generated>");
emit("/* eslint-disable */");
emit(`import type {\n${imported.map((t) => `    ${t},`).join("\n")}\n} from "./api-client.js";`);
emit('import { Transport, walkItems, walkPages, type ApiResult, type ClientOptions, type ListResult, type NotModifiedResult, type OperationMeta, type RequestOptions } from "./runtime.js";');
emit();
emit("// ---- enum values");
emit();
out += enumsOut;
emit("// ---- sorting");
emit();
out += sortOut;
emit();
emit("// ---- parameters");
emit();
out += typesOut;
emit("// ---- operations as read from the document (used by the runtime to build and check requests)");
emit();
out += metaOut;
emit("/** Every operation by its operationId. */");
emit(`export const operations = {\n${operationsOut}} as const satisfies Record<string, OperationMeta>;`);
emit();
emit("/** The name of every operation (the document's operationId). */");
emit("export type OperationId = keyof typeof operations;");
emit();
emit(`/** The document's info.version (${quote(doc.info?.version ?? "")}); the package's version is derived from it. */`);
emit(`export const apiVersion = ${quote(doc.info?.version ?? "")};`);
emit();
emit("// ---- one function per operation: import only what you call, and the bundle holds only that (and the runtime)");
emit();
out += functionsOut;
emit(doc1([
    `${doc.info?.title ?? "The API"} ${doc.info?.version ?? ""}: one method per operation.`.replace(/\s+:/, ":"),
    "",
    "Arguments: the path parameters, then the body (if any), then one object with the query parameters",
    "(snake_case, as on the wire) and the request options (signal, headers, ifMatch, ifNoneMatch, idempotencyKey).",
    "Every method resolves to an ApiResult ({ data, status, etag, location, headers }; lists add items, total,",
    "nextCursor) and rejects with an ApiError. Works in browsers and in Node 18+ (global fetch).",
].join("\n")).trimEnd());
emit("export class CastingAgencyApi {");
emit("    /** The transport every method sends through; the per-operation functions take it too: `getActor(api.transport, 1)`. */");
emit("    readonly transport: Transport;");
emit();
emit("    constructor(options: ClientOptions) {");
emit("        this.transport = new Transport(options);");
emit("    }");
emit();
out += methodsOut;
emit("    /** Async iterators over every item of a list: `for await (const actor of api.all.listActors({ gender: [\"female\"] }))`. */");
emit("    readonly all = {");
out += allOut;
emit("    };");
emit();
emit("    /** Async iterators over every page of a list (each a ListResult): `for await (const page of api.pages.listMovies())`. */");
emit("    readonly pages = {");
out += pagesOut;
emit("    };");
emit("}");
emit();
emit("/** The usual way to make a client: `createClient(\"https://api.example.com\", { getAccessToken: () => token })`. */");
emit("export function createClient(baseUrl: string, options: Omit<ClientOptions, \"baseUrl\"> = {}): CastingAgencyApi {");
emit("    return new CastingAgencyApi({ ...options, baseUrl });");
emit("}");

writeFileSync(outputPath, out);
console.log(`Generated ${out.split("\n").length - 1} lines in ${outputPath.replace(`${clientDir}/`, "clients/typescript/")} (${operations.length} operations, ${sortTables.length} sorts, ${enumNames.length} enums)`);
