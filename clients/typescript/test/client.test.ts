// End-to-end proof of the client against a running API (started by scripts/ci.sh).
// Every call goes through CastingAgencyApi; only the Development token endpoint, which is not part of the
// OpenAPI document, is called with plain fetch.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:net";
import {
    ApiError,
    CastingAgencyApi,
    createClient,
    createTransport,
    etagOf,
    getMovie,
    genders,
    hairColors,
    isApiError,
    roleGenders,
    shortlistStatuses,
    sortFields,
    type ActorDto,
    type ListActorsParams,
    type MovieDto,
    type RoleDto,
} from "../src/index.js";

const baseUrl = process.env.API_BASE_URL ?? "";
const unique = `${Date.now()}-${process.pid}`;

async function devToken(role: "casting_assistant" | "casting_director" | "executive_producer"): Promise<string> {
    const response = await fetch(`${baseUrl}/dev/token`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ role }),
    });
    assert.equal(response.status, 200, `POST /dev/token for ${role}`);
    const body = (await response.json()) as { access_token: string };
    return body.access_token;
}

/** Runs `call`, expects it to fail with an ApiError, and returns that error. */
async function errorOf(call: () => Promise<unknown>): Promise<ApiError> {
    try {
        await call();
    } catch (error) {
        assert.ok(error instanceof ApiError, `expected ApiError, got ${String(error)}`);
        return error;
    }
    assert.fail("expected the call to fail");
}

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            const port = typeof address === "object" && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

describe("Casting Agency API through the TypeScript client", { concurrency: false }, () => {
    let producer: CastingAgencyApi;
    let assistant: CastingAgencyApi;
    let anonymous: CastingAgencyApi;
    let movie: MovieDto;
    let movieETag: string;
    let actor: ActorDto;
    let actorETag: string;
    let otherActor: ActorDto;
    let role: RoleDto;
    let roleETag: string;
    let producerToken: string;
    let assistantToken: string;

    before(async () => {
        assert.ok(baseUrl, "API_BASE_URL must point at a running API (scripts/ci.sh starts one)");
        producerToken = await devToken("executive_producer");
        assistantToken = await devToken("casting_assistant");
        // A token getter: called before each request, so it could refresh the token.
        producer = createClient(baseUrl, { getAccessToken: () => producerToken });
        // The constructor works in Node (no `window`): the global fetch is used.
        assistant = new CastingAgencyApi({ baseUrl: `${baseUrl}/`, getAccessToken: async () => assistantToken });
        anonymous = createClient(baseUrl);
    });

    test("exports the enum values and sort fields for dropdowns", () => {
        assert.deepEqual(genders, ["female", "male", "non-binary"]);
        assert.ok(roleGenders.includes("any"));
        assert.ok(hairColors.includes("auburn"));
        assert.deepEqual(shortlistStatuses, ["shortlisted", "callback", "offered", "cast", "declined", "released"]);
        assert.deepEqual(sortFields.listActors, ["id", "name", "age", "height"]);
        assert.deepEqual(sortFields.listMovies, ["id", "title", "release_date", "company"]);
    });

    test("creates, reads and lists a movie: one result shape, query parameters in one object", async () => {
        const created = await producer.createMovie({
            title: `The Client Test ${unique}`,
            release_date: "2024-05-17",
            company: "Typed Pictures",
        });
        assert.equal(created.status, 201);
        assert.equal(created.data.success, true);
        movie = created.data.movie;
        assert.equal(created.data.created, movie.id);
        assert.equal(movie.release_date, "2024-05-17");
        assert.equal(movie.description, null);
        assert.match(created.location ?? "", new RegExp(`/movies/${movie.id}$`));
        assert.match(created.etag ?? "", /^"\d+"$/);

        const read = await assistant.getMovie(movie.id);
        assert.equal(read.status, 200);
        assert.equal(read.data.movie.title, movie.title);
        assert.deepEqual(read.data.movie.cast, []);
        movieETag = read.etag!;
        assert.equal(movieETag, created.etag);
        assert.equal(read.location, null);

        const list = await assistant.listMovies({ title: movie.title, page: 1, page_size: 10, sort: ["-release_date", "title"] });
        assert.equal(list.status, 200);
        assert.equal(list.total, 1);
        assert.equal(list.data.total_movies, 1);
        assert.equal(list.nextCursor, null);
        assert.equal(list.data.page, 1);
        assert.deepEqual(list.items.map((m) => m.id), [movie.id]);
    });

    test("an unchanged resource read with ifNoneMatch resolves to notModified: true (304), not an error", async () => {
        const unchanged = await assistant.getMovie(movie.id, { ifNoneMatch: movieETag });
        assert.equal(unchanged.notModified, true);
        assert.equal(unchanged.status, 304);
        assert.equal(unchanged.etag, movieETag);
        assert.equal(unchanged.data, null);
        // Another tag: the resource is sent, and the result narrows on notModified.
        const changed = await assistant.getMovie(movie.id, { ifNoneMatch: '"0"' });
        assert.equal(changed.status, 200);
        assert.equal(changed.notModified, false);
        assert.equal(changed.notModified ? null : changed.data.movie.id, movie.id);
        // etagOf composes: undefined (nothing read yet) sends no If-None-Match.
        const first = await assistant.getMovie(movie.id, { ifNoneMatch: etagOf(undefined) });
        assert.equal(first.status, 200);
        // Without ifNoneMatch the result is an ApiResult: no narrowing needed.
        assert.equal((await assistant.getMovie(movie.id)).data.movie.id, movie.id);
    });

    test("per-operation functions send through a transport (createTransport, or a client's own)", async () => {
        const transport = createTransport(baseUrl, { getAccessToken: () => producerToken });
        const read = await getMovie(transport, movie.id);
        assert.equal(read.data.movie.id, movie.id);
        assert.equal((await getMovie(producer.transport, movie.id)).etag, read.etag);
        const unchanged = await getMovie(transport, movie.id, { ifNoneMatch: etagOf(read) });
        assert.equal(unchanged.notModified, true);
    });

    test("hooks see every attempt and every error; X-Request-Id is sent, echoed and per-request", async () => {
        const seen: string[] = [];
        const hooked = createClient(baseUrl, {
            getAccessToken: () => producerToken,
            headers: { "X-Request-Id": `client-${unique}` },
            onRequest: (request) => {
                seen.push(`request ${request.operation} #${request.attempt} ${request.method} ${request.headers.get("authorization")?.slice(0, 7)}`);
                if (request.operation === "getMovie") request.headers.set("X-Request-Id", `hook-${unique}`);
            },
            onResponse: (response, request) => { seen.push(`response ${request.operation} ${response.status} ${response.headers.get("x-request-id")}`); },
            onError: (error, request) => { seen.push(`error ${error.operation} ${error.status} ${request?.attempt}`); },
        });
        await hooked.getMovie(movie.id);
        await errorOf(() => hooked.getActor(2_000_000_000));
        await errorOf(() => hooked.getActor(0));
        assert.deepEqual(seen, [
            "request getMovie #1 GET Bearer ",
            `response getMovie 200 hook-${unique}`,
            "request getActor #1 GET Bearer ",
            `response getActor 404 client-${unique}`,
            "error getActor 404 1",
            "error getActor 0 undefined",
        ]);
    });

    test("a retried POST whose first answer was lost writes exactly one row (the same Idempotency-Key)", async () => {
        const keys: string[] = [];
        let lost = 0;
        const lossy = createClient(baseUrl, {
            getAccessToken: () => producerToken,
            retry: { baseDelayMs: 10 },
            onRequest: (request) => { keys.push(request.headers.get("idempotency-key") ?? ""); },
            // The API gets and runs the first attempt; its answer is then lost, as on a dropped connection.
            fetch: async (input, init) => {
                const response = await fetch(input, init);
                if (init.method === "POST" && lost++ === 0) throw new TypeError("fetch failed", { cause: new Error("socket hang up") });
                return response;
            },
        });
        const title = `Once Only ${unique}`;
        const created = await lossy.createMovie({ title, release_date: "2024-06-01" });
        assert.equal(created.status, 201);
        assert.equal(created.headers.get("idempotent-replayed"), "true", "the second attempt is the first one's replay");
        assert.equal(keys.length, 2);
        assert.match(keys[0]!, /^[0-9a-f-]{36}$/, "a key is generated when retry is on");
        assert.equal(keys[1], keys[0]);
        const rows = await producer.listMovies({ title });
        assert.equal(rows.total, 1);
        await producer.deleteMovie(created.data.movie.id);

        // The in-flight 409 (the key is held by a request still running; the API answers it with Retry-After) is
        // waited out; here the first attempt meets a stand-in for it, and the retry, with the same key, writes.
        const inflightKeys: string[] = [];
        let inflight = 0;
        const busy = createClient(baseUrl, {
            getAccessToken: () => producerToken,
            retry: true,
            onRequest: (request) => { inflightKeys.push(request.headers.get("idempotency-key") ?? ""); },
            fetch: async (input, init) => inflight++ === 0
                ? new Response(JSON.stringify({ status: 409, title: "Conflict", detail: "a request with this Idempotency-Key is still running" }), { status: 409, headers: { "Content-Type": "application/problem+json", "Retry-After": "0" } })
                : fetch(input, init),
        });
        const waited = await busy.createMovie({ title: `${title} (in flight)`, release_date: "2024-06-02" });
        assert.equal(waited.status, 201);
        assert.equal(inflight, 2);
        assert.equal(inflightKeys[1], inflightKeys[0]);
        assert.equal((await producer.listMovies({ title: `${title} (in flight)` })).total, 1);
        await producer.deleteMovie(waited.data.movie.id);

        // Without retry the lost answer is a network error, and nothing is retried.
        let calls = 0;
        const once = createClient(baseUrl, { getAccessToken: () => producerToken, fetch: async () => { calls++; throw new TypeError("fetch failed"); } });
        assert.equal((await errorOf(() => once.listMovies())).kind, "network");
        assert.equal(calls, 1);
        // With retry, a GET is retried on a network error, a bounded number of times.
        const failing = createClient(baseUrl, { retry: { attempts: 3, baseDelayMs: 1 }, fetch: async () => { calls++; throw new TypeError("fetch failed"); } });
        calls = 0;
        assert.equal((await errorOf(() => failing.listMovies())).kind, "network");
        assert.equal(calls, 3, "three attempts in all");
    });


    test("a safe write: ifMatch with the tag read succeeds, a stale tag is a 412 ApiError", async () => {
        const updated = await producer.updateMovie(movie.id, { description: "A movie made by a test." }, { ifMatch: movieETag });
        assert.equal(updated.data.movie.description, "A movie made by a test.");
        assert.equal(updated.data.movie.title, movie.title, "PATCH keeps what it was not given");
        assert.notEqual(updated.etag, movieETag);

        const stale = await errorOf(() => producer.updateMovie(movie.id, { company: "Stale Studios" }, { ifMatch: movieETag }));
        assert.equal(stale.kind, "problem");
        assert.equal(stale.status, 412);
        assert.equal(stale.title, "Precondition Failed");
        assert.equal(stale.message, stale.detail, "message is the detail");
        assert.ok(stale.detail.length > 0);
        assert.equal(stale.problem?.message, "Precondition failed", "the raw problem keeps the legacy message");
        // etagOf reads a result's tag: the current one writes.
        const fresh = await producer.getMovie(movie.id);
        const again = await producer.updateMovie(movie.id, { company: "Fresh Studios" }, { ifMatch: etagOf(fresh) });
        assert.equal(again.data.movie.company, "Fresh Studios");
        movieETag = again.etag!;
    });

    test("an idempotencyKey makes a repeated create a replay of the first", async () => {
        const idempotencyKey = `create-${unique}`;
        const body = { name: `Idem Typed ${unique}`, age: 29, gender: "male" as const };
        const first = await producer.createActor(body, { idempotencyKey });
        const again = await producer.createActor(body, { idempotencyKey });
        assert.equal(first.status, 201);
        assert.equal(again.status, 201);
        assert.equal(again.headers.get("idempotent-replayed"), "true");
        assert.equal(again.data.actor.id, first.data.actor.id);
        assert.equal(again.location, first.location);
        const other = await errorOf(() => producer.createActor({ ...body, age: 30 }, { idempotencyKey }));
        assert.equal(other.status, 422);
        await producer.deleteActor(first.data.actor.id);
    });

    test("creates, reads, updates and lists actors with an options object", async () => {
        const created = await producer.createActor({
            name: `Ada Typed ${unique}`,
            age: 34,
            gender: "female",
            ethnicity: "south asian",
            height: 170,
            email: `ada.${unique}@example.com`,
        });
        assert.equal(created.status, 201);
        actor = created.data.actor;
        assert.equal(actor.gender, "female");
        assert.equal(actor.ethnicity, "south asian");
        assert.equal(actor.passport, false);
        assert.equal(actor.hair_color, null);

        otherActor = (await producer.createActor({ name: `Bea Typed ${unique}`, age: 40, gender: "female" })).data.actor;

        const read = await assistant.getActor(actor.id);
        assert.equal(read.data.actor.name, actor.name);
        assert.deepEqual(read.data.actor.movies, []);

        const updated = await producer.updateActor(actor.id, { hair_color: "auburn", passport: true }, { ifMatch: read.etag! });
        assert.equal(updated.data.actor.hair_color, "auburn");
        assert.equal(updated.data.actor.passport, true);
        actorETag = updated.etag!;

        const filters: ListActorsParams = { gender: ["female"], min_age: 30, max_age: 45, passport: true, hair_color: ["auburn"], page_size: 20, sort: "-age" };
        const list = await assistant.listActors(filters);
        assert.ok(list.items.some((a) => a.id === actor.id));
        assert.ok(!list.items.some((a) => a.id === otherActor.id), "otherActor has no passport and no auburn hair");
        assert.equal(list.data.page_size, 20);
        const noTotal = await assistant.listActors({ ...filters, include_total: false });
        assert.equal(noTotal.total, null);
    });

    test("contact details: absent for a casting assistant (no get:contacts), present for an executive producer", async () => {
        const email = `ada.${unique}@example.com`;
        const asProducer = await producer.getActor(actor.id);
        assert.equal(asProducer.data.actor.email, email);
        assert.ok("phone" in asProducer.data.actor, "present, null when none is on file");
        assert.equal(asProducer.data.actor.phone, null);

        const asAssistant = await assistant.getActor(actor.id);
        assert.equal("phone" in asAssistant.data.actor, false);
        assert.equal("email" in asAssistant.data.actor, false);
        assert.equal(asAssistant.etag, asProducer.etag, "the ETag is the version, the same for both");
        const listed = await assistant.listActors({ id: [actor.id] });
        assert.deepEqual(listed.items.map((a) => ["phone" in a, "email" in a]), [[false, false]]);

        const refused = await errorOf(() => assistant.listActors({ email }));
        assert.equal(refused.status, 403);
        assert.ok(refused.errors.email, "the 403 names the email filter");
        const found = await producer.listActors({ email });
        assert.deepEqual(found.items.map((a) => a.id), [actor.id]);
    });

    test("the async iterator walks a list across several pages by next_cursor", async () => {
        const names = ["A", "B", "C", "D", "E"].map((letter) => `Walker ${letter} ${unique}`);
        const ids: number[] = [];
        for (const name of names) {
            ids.push((await producer.createActor({ name, age: 50, gender: "non-binary" })).data.actor.id);
        }
        const query = { search_term: `${unique}`, gender: ["non-binary" as const], page_size: 2, sort: "name" as const };

        const pages = [];
        for await (const page of assistant.pages.listActors(query)) {
            pages.push(page);
        }
        assert.equal(pages.length, 3, "5 items in pages of 2");
        assert.deepEqual(pages.map((p) => p.items.length), [2, 2, 1]);
        assert.equal(pages[0]!.total, null, "the walk skips counting");
        assert.equal(pages[2]!.nextCursor, null);

        const walked: string[] = [];
        for await (const a of assistant.all.listActors(query)) {
            walked.push(a.name);
        }
        assert.deepEqual(walked, names);

        // Stopping early stops the requests: a for-await with break.
        let seen = 0;
        for await (const _ of assistant.all.listActors(query)) {
            if (++seen === 3) break;
        }
        assert.equal(seen, 3);
        for (const id of ids) await producer.deleteActor(id);
    });

    test("creates a role, casts the actor in it, and reads the candidates", async () => {
        const created = await producer.createRole({ movie_id: movie.id, name: `Lead ${unique}`, gender: "female", min_age: 30, max_age: 45 });
        assert.equal(created.status, 201);
        role = created.data.role;
        assert.equal(role.actor_id, null);
        assert.equal(role.gender, "female");

        const candidates = await assistant.listRoleCandidates(role.id, { page: 1, page_size: 100 });
        assert.equal(candidates.data.role_id, role.id);
        const candidateIds = candidates.items.map((a) => a.id);
        assert.ok(candidateIds.includes(actor.id) && candidateIds.includes(otherActor.id));

        const cast = await producer.updateRole(role.id, { actor_id: actor.id }, { ifMatch: created.etag! });
        assert.equal(cast.data.role.actor_id, actor.id);
        roleETag = cast.etag!;
        // Casting moves the actor's version too (the casting rule's guard under concurrency, ADR-007): the old tag is stale.
        const recast = await assistant.getActor(actor.id);
        assert.notEqual(recast.etag, actorETag);
        actorETag = recast.etag!;

        const after = await assistant.listRoleCandidates(role.id, { name: `Bea Typed ${unique}` });
        assert.deepEqual(after.items.map((a) => a.id), [otherActor.id], "the cast actor is no longer a candidate");
        assert.equal(after.total, 1);

        const movieRoles = await assistant.listMovieRoles(movie.id);
        assert.deepEqual(movieRoles.data.roles.map((r) => r.id), [role.id]);
        const actorRoles = await assistant.listActorRoles(actor.id);
        assert.deepEqual(actorRoles.data.roles.map((r) => r.id), [role.id]);
        const withCast = await assistant.getMovie(movie.id);
        assert.deepEqual(withCast.data.movie.cast, [
            { role_id: role.id, role_name: role.name, actor_id: actor.id, actor_name: actor.name },
        ]);
        const roles = await assistant.listRoles({ movie_id: movie.id, gender: ["female"], cast: true });
        assert.deepEqual(roles.items.map((r) => r.id), [role.id]);
        assert.equal((await assistant.getRole(role.id)).data.role.actor_id, actor.id);
    });

    test("a 404 is an ApiError whose message is the detail", async () => {
        const problem = await errorOf(() => assistant.getMovie(2_000_000_000));
        assert.equal(problem.kind, "problem");
        assert.equal(problem.status, 404);
        assert.equal(problem.title, "Not Found");
        assert.match(problem.detail, /2000000000/);
        assert.equal(problem.message, problem.detail);
        assert.equal(problem.problem?.message, "Resource not found");
        assert.equal(problem.problem?.success, false);
        assert.ok(problem.traceId);
        assert.ok(problem.type.startsWith("https://"));
        assert.equal(problem.operation, "getMovie");
        assert.ok(isApiError(problem, 404) && isApiError(problem, "problem"));
    });

    test("a 403 is an ApiError naming the permission", async () => {
        const problem = await errorOf(() => assistant.createMovie({ title: `Forbidden ${unique}`, release_date: "2020-01-01" }));
        assert.equal(problem.status, 403);
        assert.match(problem.detail, /post:movies/);
    });

    test("a 422 is an ApiError with the field errors", async () => {
        const problem = await errorOf(() => producer.createActor({ name: `Too Old ${unique}`, age: 500, gender: "male" }));
        assert.equal(problem.status, 422);
        assert.ok(problem.errors["age"]?.length, `errors names age: ${JSON.stringify(problem.errors)}`);
        assert.deepEqual(problem.fieldErrors("age"), problem.errors["age"]);
        assert.deepEqual(problem.fieldErrors("name"), []);
        assert.match(problem.detail, /age/i);
        // A query parameter out of range is a 422 too.
        const page = await errorOf(() => assistant.listActors({ page_size: 500 }));
        assert.equal(page.status, 422);
        assert.ok(page.errors["page_size"]?.length);
    });

    test("a 401 is an ApiError when no token is given", async () => {
        const problem = await errorOf(() => anonymous.listMovies());
        assert.equal(problem.status, 401);
        assert.equal(problem.problem?.message, "Request does not contain authorization header");
        assert.equal(problem.headers?.get("www-authenticate")?.startsWith("Bearer"), true);
    });

    test("a network failure is an ApiError of kind network", async () => {
        const port = await closedPort();
        const offline = createClient(`http://127.0.0.1:${port}`);
        const error = await errorOf(() => offline.listMovies());
        assert.equal(error.kind, "network");
        assert.equal(error.status, 0);
        assert.equal(error.title, "Network error");
        assert.match(error.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
        assert.doesNotMatch(error.message, /CORS/, "outside a browser there is no CORS");
        assert.ok(error.cause instanceof Error, "the fetch error is the cause");
    });

    test("an aborted request is an ApiError of kind aborted", async () => {
        const before = await errorOf(() => assistant.listActors({ signal: AbortSignal.abort() }));
        assert.equal(before.kind, "aborted");
        assert.equal(before.status, 0);

        const controller = new AbortController();
        const pending = assistant.getActor(actor.id, { signal: controller.signal });
        controller.abort();
        const during = await errorOf(() => pending);
        assert.equal(during.kind, "aborted");
        assert.match(during.message, /getActor was aborted/);
    });

    test("an invalid argument is an ApiError of kind invalid_argument, and nothing is sent", async () => {
        let sent = 0;
        const counting = createClient(baseUrl, { fetch: (input, init) => { sent++; return fetch(input, init); } });
        const badId = await errorOf(() => counting.getActor(1.5));
        assert.equal(badId.kind, "invalid_argument");
        assert.deepEqual(Object.keys(badId.errors), ["id"]);
        assert.equal((await errorOf(() => counting.getActor(0))).kind, "invalid_argument");
        const badQuery = await errorOf(() => counting.listActors({ min_age: "25" as unknown as number }));
        assert.equal(badQuery.kind, "invalid_argument");
        assert.match(badQuery.message, /min_age must be an integer/);
        const unknown = await errorOf(() => counting.listActors({ colour: "red" } as unknown as ListActorsParams));
        assert.match(unknown.message, /unknown parameter colour/);
        const noBody = await errorOf(() => counting.createMovie(undefined as never));
        assert.equal(noBody.kind, "invalid_argument");
        assert.equal(sent, 0);
    });

    test("runs the casting pipeline: shortlist, audition, no double booking, offer, cast", async () => {
        const pipelineRole = (await producer.createRole({ movie_id: movie.id, name: `Pipeline ${unique}`, gender: "any", min_age: 18, max_age: 80 })).data.role;
        const listed = await assistant.createShortlistEntry(pipelineRole.id, { actor_id: otherActor.id, note: "from the showcase" });
        assert.equal(listed.status, 201);
        assert.equal(listed.data.entry.status, "shortlisted");
        const entryId = listed.data.created;

        const booked = await assistant.bookAppointment(entryId, { kind: "audition", starts_at: "2030-01-07T10:00:00+01:00", ends_at: "2030-01-07T11:00:00+01:00", location: "Studio 1" });
        assert.equal(booked.data.appointment.starts_at, "2030-01-07T09:00:00Z");
        const clash = await errorOf(() => assistant.bookAppointment(entryId, { kind: "audition", starts_at: "2030-01-07T09:30:00Z", ends_at: "2030-01-07T10:30:00Z" }));
        assert.equal(clash.status, 409);
        assert.match(clash.detail, /overlap|appointment/i);
        // A conflict is not the in-flight 409 (no Retry-After): retry does not repeat it.
        const answers: number[] = [];
        const retrying = createClient(baseUrl, { getAccessToken: () => assistantToken, retry: { baseDelayMs: 1 }, onResponse: (r) => { answers.push(r.status); } });
        const again = await errorOf(() => retrying.bookAppointment(entryId, { kind: "audition", starts_at: "2030-01-07T09:30:00Z", ends_at: "2030-01-07T10:30:00Z" }));
        assert.equal(again.status, 409);
        assert.deepEqual(answers, [409], "one attempt");

        const shortlist = await assistant.listRoleShortlist(pipelineRole.id, { status: ["shortlisted", "callback"] });
        assert.equal(shortlist.total, 1);
        assert.equal(shortlist.nextCursor, null);
        const schedule = await assistant.listAppointments({ actor_id: otherActor.id, status: ["scheduled"] });
        assert.deepEqual(schedule.items.map((a) => a.id), [booked.data.created]);

        const forbidden = await errorOf(() => assistant.updateShortlistEntry(entryId, { status: "offered" }));
        assert.equal(forbidden.status, 403);
        // Booking moved the entry's version (ADR-007): the tag from the create is stale, the detail's is current.
        assert.equal((await errorOf(() => producer.updateShortlistEntry(entryId, { status: "offered" }, { ifMatch: listed.etag! }))).status, 412);
        const detail = await assistant.getShortlistEntry(entryId);
        assert.deepEqual(detail.data.entry.appointments?.map((a) => a.id), [booked.data.created]);
        const offered = await producer.updateShortlistEntry(entryId, { status: "offered" }, { ifMatch: detail.etag! });
        assert.equal(offered.data.entry.status, "offered");
        const cast = await producer.updateShortlistEntry(entryId, { status: "cast" }, { ifMatch: offered.etag! });
        assert.equal(cast.data.entry.status, "cast");
        assert.equal((await assistant.getRole(pipelineRole.id)).data.role.actor_id, otherActor.id);
        const history = await assistant.getShortlistHistory(entryId);
        assert.deepEqual(history.data.history.map((h) => h.status), ["shortlisted", "offered", "cast"]);
        assert.equal((await assistant.getAppointment(booked.data.created)).data.appointment.status, "canceled");

        assert.equal((await producer.updateRole(pipelineRole.id, { actor_id: null })).data.role.actor_id, null);
        assert.equal((await producer.deleteRole(pipelineRole.id)).data.deleted, pipelineRole.id);
    });

    test("deletes the role, the actors and the movie (deletes take ifMatch too)", async () => {
        assert.equal((await producer.deleteRole(role.id, { ifMatch: roleETag })).data.deleted, role.id);
        assert.equal((await producer.deleteActor(actor.id, { ifMatch: actorETag })).data.deleted, actor.id);
        assert.equal((await producer.deleteActor(otherActor.id)).data.deleted, otherActor.id);
        assert.equal((await producer.deleteMovie(movie.id, { ifMatch: movieETag })).data.deleted, movie.id);
        const gone = await errorOf(() => assistant.getActor(actor.id));
        assert.equal(gone.status, 404);
        assert.equal((await assistant.listMovies({ title: movie.title })).total, 0);
    });
});
