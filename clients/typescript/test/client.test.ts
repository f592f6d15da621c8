// End-to-end proof of the generated client against a running API (started by scripts/ci.sh).
// Every call goes through CastingAgencyClient; only the Development token endpoint, which is not
// part of the OpenAPI document, is called with plain fetch.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import {
    ApiProblemError,
    CastingAgencyClient,
    createClient,
    isApiProblem,
    type ActorDto,
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

/** Runs `call`, expects it to fail with an ApiProblemError, and returns that error. */
async function problemOf(call: () => Promise<unknown>): Promise<ApiProblemError> {
    try {
        await call();
    } catch (error) {
        assert.ok(error instanceof ApiProblemError, `expected ApiProblemError, got ${String(error)}`);
        return error;
    }
    assert.fail("expected the call to fail");
}

describe("Casting Agency API through the generated TypeScript client", { concurrency: false }, () => {
    let producer: CastingAgencyClient;
    let assistant: CastingAgencyClient;
    let anonymous: CastingAgencyClient;
    let movie: MovieDto;
    let movieETag: string;
    let actor: ActorDto;
    let actorETag: string;
    let otherActor: ActorDto;
    let role: RoleDto;
    let roleETag: string;

    before(async () => {
        assert.ok(baseUrl, "API_BASE_URL must point at a running API (scripts/ci.sh starts one)");
        const producerToken = await devToken("executive_producer");
        const assistantToken = await devToken("casting_assistant");
        // A token getter: called before each request, so it could refresh the token.
        producer = createClient(baseUrl, { getAccessToken: () => producerToken });
        assistant = createClient(baseUrl, { getAccessToken: async () => assistantToken });
        anonymous = createClient(baseUrl);
    });

    after(() => undefined);

    test("creates, reads and lists a movie", async () => {
        const created = await producer.createMovie({
            title: `The Client Test ${unique}`,
            release_date: "2024-05-17",
            company: "Typed Pictures",
        });
        assert.equal(created.status, 201);
        assert.equal(created.result.success, true);
        movie = created.result.movie;
        assert.equal(created.result.created, movie.id);
        assert.equal(movie.release_date, "2024-05-17");
        assert.equal(movie.description, null);
        assert.match(created.headers["location"], new RegExp(`/movies/${movie.id}$`));
        assert.match(created.headers["etag"], /^"\d+"$/);

        const read = await assistant.getMovie(movie.id);
        assert.equal(read.result.movie.title, movie.title);
        assert.deepEqual(read.result.movie.cast, []);
        movieETag = read.headers["etag"];
        assert.equal(movieETag, created.headers["etag"]);

        const list = await assistant.listMovies(movie.title, undefined, undefined, undefined, undefined, undefined, 1, 10, "-release_date,title");
        assert.equal(list.total_movies, 1);
        assert.equal(list.page, 1);
        assert.equal(list.page_size, 10);
        assert.deepEqual(list.movies.map((m) => m.id), [movie.id]);
    });

    test("updates a movie with If-Match, and a stale tag is a 412", async () => {
        const updated = await producer.updateMovie(movie.id, { description: "A movie made by a test." }, movieETag);
        assert.equal(updated.result.movie.description, "A movie made by a test.");
        assert.equal(updated.result.movie.title, movie.title, "PATCH keeps what it was not given");
        assert.notEqual(updated.headers["etag"], movieETag);

        const stale = await problemOf(() => producer.updateMovie(movie.id, { company: "Stale Studios" }, movieETag));
        assert.equal(stale.status, 412);
        assert.equal(stale.message, "Precondition failed");
        movieETag = updated.headers["etag"];
    });

    test("an Idempotency-Key makes a repeated create a replay of the first", async () => {
        const key = `create-${unique}`;
        const body = { name: `Idem Typed ${unique}`, age: 29, gender: "male" as const };
        const first = await producer.createActor(body, key);
        const again = await producer.createActor(body, key);
        assert.equal(first.status, 201);
        assert.equal(again.status, 201);
        assert.equal(again.headers["idempotent-replayed"], "true");
        assert.equal(again.result.actor.id, first.result.actor.id);
        assert.equal(again.headers["location"], first.headers["location"]);
        const other = await problemOf(() => producer.createActor({ ...body, age: 30 }, key));
        assert.equal(other.status, 422);
        await producer.deleteActor(first.result.actor.id);
    });

    test("creates, reads, updates and lists actors", async () => {
        const created = await producer.createActor({
            name: `Ada Typed ${unique}`,
            age: 34,
            gender: "female",
            ethnicity: "south asian",
            height: 170,
            email: `ada.${unique}@example.com`,
        });
        assert.equal(created.status, 201);
        actor = created.result.actor;
        assert.equal(actor.gender, "female");
        assert.equal(actor.ethnicity, "south asian");
        assert.equal(actor.passport, false);
        assert.equal(actor.hair_color, null);

        otherActor = (await producer.createActor({ name: `Bea Typed ${unique}`, age: 40, gender: "female" })).result.actor;

        const read = await assistant.getActor(actor.id);
        assert.equal(read.result.actor.name, actor.name);
        assert.deepEqual(read.result.actor.movies, []);

        const updated = await producer.updateActor(actor.id, { hair_color: "auburn", passport: true }, read.headers["etag"]);
        assert.equal(updated.result.actor.hair_color, "auburn");
        assert.equal(updated.result.actor.passport, true);
        actorETag = updated.headers["etag"];

        const list = await assistant.listActors(undefined, undefined, 30, 45, ["female"], undefined, true, undefined, undefined, ["auburn"]);
        assert.ok(list.actors.some((a) => a.id === actor.id));
        assert.ok(!list.actors.some((a) => a.id === otherActor.id), "otherActor has no passport and no auburn hair");
    });

    test("creates a role, casts the actor in it, and reads the candidates", async () => {
        const created = await producer.createRole({ movie_id: movie.id, name: `Lead ${unique}`, gender: "female", min_age: 30, max_age: 45 });
        assert.equal(created.status, 201);
        role = created.result.role;
        assert.equal(role.actor_id, null);
        assert.equal(role.gender, "female");

        const before = await assistant.listRoleCandidates(role.id, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 1, 100);
        assert.equal(before.role_id, role.id);
        const candidateIds = before.actors.map((a) => a.id);
        assert.ok(candidateIds.includes(actor.id) && candidateIds.includes(otherActor.id));

        const cast = await producer.updateRole(role.id, { actor_id: actor.id }, created.headers["etag"]);
        assert.equal(cast.result.role.actor_id, actor.id);
        roleETag = cast.headers["etag"];
        // Casting bumps the actor's version too (the casting rule's guard, ADR-007): their ETag moves on.
        const castActor = await assistant.getActor(actor.id);
        assert.notEqual(castActor.headers["etag"], actorETag);
        actorETag = castActor.headers["etag"];

        const after = await assistant.listRoleCandidates(role.id, `Bea Typed ${unique}`);
        assert.deepEqual(after.actors.map((a) => a.id), [otherActor.id], "the cast actor is no longer a candidate");
        assert.equal(after.total_actors, 1);

        const movieRoles = await assistant.listMovieRoles(movie.id);
        assert.deepEqual(movieRoles.roles.map((r) => r.id), [role.id]);
        const actorRoles = await assistant.listActorRoles(actor.id);
        assert.deepEqual(actorRoles.roles.map((r) => r.id), [role.id]);
        const withCast = await assistant.getMovie(movie.id);
        assert.deepEqual(withCast.result.movie.cast, [
            { role_id: role.id, role_name: role.name, actor_id: actor.id, actor_name: actor.name },
        ]);
        const roles = await assistant.listRoles(movie.id, undefined, undefined, ["female"], true);
        assert.deepEqual(roles.roles.map((r) => r.id), [role.id]);
        assert.equal((await assistant.getRole(role.id)).result.role.actor_id, actor.id);
    });

    test("a 404 arrives as ApiProblemError with the contract's message", async () => {
        const problem = await problemOf(() => assistant.getMovie(2_000_000_000));
        assert.equal(problem.status, 404);
        assert.equal(problem.message, "Resource not found");
        assert.equal(problem.title, "Not Found");
        assert.equal(problem.problem.success, false);
        assert.equal(problem.problem.error, 404);
        assert.match(problem.detail, /2000000000/);
        assert.ok(problem.traceId);
        assert.ok(isApiProblem(problem, 404));
    });

    test("a 403 arrives as ApiProblemError with the contract's message", async () => {
        const problem = await problemOf(() => assistant.createMovie({ title: `Forbidden ${unique}`, release_date: "2020-01-01" }));
        assert.equal(problem.status, 403);
        assert.equal(problem.message, "Permission not found in JWT");
        assert.match(problem.detail, /post:movies/);
    });

    test("a 422 arrives as ApiProblemError with the field errors", async () => {
        const problem = await problemOf(() => producer.createActor({ name: `Too Old ${unique}`, age: 500, gender: "male" }));
        assert.equal(problem.status, 422);
        assert.equal(problem.message, "The request was well-formed but was unable to be followed due to semantic errors");
        assert.ok(problem.errors["age"]?.length, `errors names age: ${JSON.stringify(problem.errors)}`);
    });

    test("a 401 arrives as ApiProblemError when no token is given", async () => {
        const problem = await problemOf(() => anonymous.listMovies());
        assert.equal(problem.status, 401);
        assert.equal(problem.message, "Request does not contain authorization header");
    });

    test("deletes the role, the actors and the movie", async () => {
        assert.equal((await producer.deleteRole(role.id, roleETag)).deleted, role.id);
        assert.equal((await producer.deleteActor(actor.id, actorETag)).deleted, actor.id);
        assert.equal((await producer.deleteActor(otherActor.id)).deleted, otherActor.id);
        assert.equal((await producer.deleteMovie(movie.id)).deleted, movie.id);
        const gone = await problemOf(() => assistant.getActor(actor.id));
        assert.equal(gone.status, 404);
        assert.equal((await assistant.listMovies(movie.title)).total_movies, 0);
    });
});
