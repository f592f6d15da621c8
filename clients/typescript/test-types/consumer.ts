// A front-end team's code, type-checked against the built package (dist/*.d.ts) by scripts/ci.sh with
// `tsc --strict --exactOptionalPropertyTypes` on TypeScript 5.0 and on the current release. Never run.
import {
    createClient,
    createTransport,
    etagOf,
    getMovie,
    listActors,
    type ApiResult,
    type ListActorsQuery,
    type MovieDetailResponse,
    type NotModifiedResult,
    type UpdateActorCommand,
} from "../dist/index.js";

const api = createClient("http://127.0.0.1:5080", {
    getAccessToken: async () => "token",
    headers: { "X-Request-Id": "page-1" },
    retry: { attempts: 3, maxElapsedMs: 10_000 },
    onRequest: (request) => { request.headers.set("X-Request-Id", `${request.operation}-${request.attempt}`); },
    onResponse: (response) => { void response.status; },
    onError: (error) => { void error.kind; },
});

export async function screens(cursor: string | undefined, location: string | undefined, cached: ApiResult<MovieDetailResponse> | undefined): Promise<void> {
    // etagOf composes into ifMatch (string | undefined under exactOptionalPropertyTypes).
    const read = await api.getMovie(1);
    await api.updateMovie(1, { description: "new" }, { ifMatch: etagOf(read) });
    // A query spread with an optional cursor.
    const query: ListActorsQuery = { gender: ["female"], sort: ["-age", "name"] };
    const page = await api.listActors({ ...query, cursor, signal: undefined });
    const names: string[] = page.items.map((a) => a.name);
    void names;
    // An optional body member from a form.
    const patch: UpdateActorCommand = { location };
    await api.updateActor(1, patch, { ifMatch: undefined });
    // ifNoneMatch: a 304 is a result to narrow, not an error.
    const again: ApiResult<MovieDetailResponse> | NotModifiedResult = await api.getMovie(1, { ifNoneMatch: etagOf(cached) });
    const title: string = again.notModified ? (cached?.data.movie.title ?? "") : again.data.movie.title;
    void title;
    // Without ifNoneMatch, no narrowing is needed.
    const plain: string = read.data.movie.title;
    void plain;
    // Per-operation functions on a transport.
    const transport = createTransport("/api", { retry: true });
    const one = await listActors(transport, { page_size: 5, retry: false });
    void one.total;
    const unchanged = await getMovie(transport, 1, { ifNoneMatch: '"3"' });
    if (unchanged.notModified) {
        const nothing: null = unchanged.data;
        void nothing;
    }
    // @ts-expect-error a wrong sort value does not compile
    await api.listActors({ sort: "colour" });
    // @ts-expect-error an unknown parameter does not compile
    await api.listActors({ colour: "red" });
    // @ts-expect-error data may be null after a conditional read: narrow first
    void again.data.movie;
}
