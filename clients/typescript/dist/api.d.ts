import type { ActorAppointmentListResponse, ActorCreatedResponse, ActorDetailResponse, ActorDto, ActorListResponse, ActorResponse, ActorRolesResponse, AppointmentCreatedResponse, AppointmentDto, AppointmentKind, AppointmentListResponse, AppointmentResponse, AppointmentStatus, AuditAction, AuditListResponse, AuditRecordDto, BodyType, BookAppointmentCommand, BreakdownDto, BreakdownListResponse, BreakdownResponse, CandidateListResponse, CreateActorCommand, CreateMovieCommand, CreateRoleCommand, CreateShortlistEntryCommand, CreateSubmissionCommand, DeletedResponse, Ethnicity, EyeColor, Gender, HairColor, MovieCreatedResponse, MovieDetailResponse, MovieDto, MovieListResponse, MovieResponse, MovieRolesResponse, PutTeamMemberCommand, ReviewSubmissionCommand, RoleCreatedResponse, RoleDto, RoleGender, RoleListResponse, RoleResponse, RoleSubmissionListResponse, ShortlistEntryCreatedResponse, ShortlistEntryDetailResponse, ShortlistEntryDto, ShortlistEntryResponse, ShortlistHistoryResponse, ShortlistListResponse, ShortlistStatus, SubmissionCreatedResponse, SubmissionDto, SubmissionListResponse, SubmissionResponse, SubmissionStatus, TeamMemberDeletedResponse, TeamMemberResponse, TeamResponse, UpdateActorCommand, UpdateAppointmentCommand, UpdateMovieCommand, UpdateRoleCommand, UpdateShortlistEntryCommand } from "./api-client.js";
import { Transport, type ApiResult, type ClientOptions, type ListResult, type NotModifiedResult, type RequestOptions } from "./runtime.js";
/** Every AppointmentKind value, in the document's order (for dropdowns and checks). What an appointment is for. */
export declare const appointmentKinds: readonly ["audition", "callback"];
/** Every AppointmentStatus value, in the document's order (for dropdowns and checks). The state of an appointment (docs/api.md §9). */
export declare const appointmentStatuses: readonly ["scheduled", "confirmed", "declined", "completed", "no_show", "canceled"];
/** Every AuditAction value, in the document's order (for dropdowns and checks). What a change did to a resource (docs/api.md, "Audit trail"). */
export declare const auditActions: readonly ["create", "update", "delete"];
/** Every BodyType value, in the document's order (for dropdowns and checks). */
export declare const bodyTypes: readonly ["average", "slim", "athletic", "muscular", "curvy", "heavyset", "plus-sized"];
/** Every Ethnicity value, in the document's order (for dropdowns and checks). */
export declare const ethnicities: readonly ["asian", "black", "latino", "middle eastern", "south asian", "southeast asian", "white"];
/** Every EyeColor value, in the document's order (for dropdowns and checks). */
export declare const eyeColors: readonly ["amber", "blue", "brown", "gray", "green", "hazel", "red", "violet"];
/** Every Gender value, in the document's order (for dropdowns and checks). An actor's gender. */
export declare const genders: readonly ["female", "male", "non-binary"];
/** Every HairColor value, in the document's order (for dropdowns and checks). */
export declare const hairColors: readonly ["black", "brown", "blond", "auburn", "chestnut", "red", "gray", "white", "bald"];
/** Every RoleGender value, in the document's order (for dropdowns and checks). The gender a role is written for; Any fits every actor. */
export declare const roleGenders: readonly ["female", "male", "non-binary", "any"];
/** Every ShortlistStatus value, in the document's order (for dropdowns and checks). Where an actor stands in the casting of one role (docs/api.md §9). */
export declare const shortlistStatuses: readonly ["shortlisted", "callback", "offered", "cast", "declined", "released"];
/** Every SubmissionStatus value, in the document's order (for dropdowns and checks). Where an agency's submission stands (contract §13): `selected` and `rejected` are final. */
export declare const submissionStatuses: readonly ["submitted", "selected", "rejected"];
/** Every TeamPosition value, in the document's order (for dropdowns and checks). What a member of a production's team does on it (docs/api.md, "Who may see what"). */
export declare const teamPositions: readonly ["producer", "director", "casting_director", "casting_assistant", "reader"];
/** The fields `listActorAppointments` sorts by. */
export type ListActorAppointmentsSortField = "id" | "starts_at";
/** One sort key of `listActorAppointments`: a field, or `-field` for descending. */
export type ListActorAppointmentsSort = ListActorAppointmentsSortField | `-${ListActorAppointmentsSortField}`;
/** The fields `listActors` sorts by. */
export type ListActorsSortField = "id" | "name" | "age" | "height";
/** One sort key of `listActors`: a field, or `-field` for descending. */
export type ListActorsSort = ListActorsSortField | `-${ListActorsSortField}`;
/** The fields `listAppointments` sorts by. */
export type ListAppointmentsSortField = "id" | "starts_at";
/** One sort key of `listAppointments`: a field, or `-field` for descending. */
export type ListAppointmentsSort = ListAppointmentsSortField | `-${ListAppointmentsSortField}`;
/** The fields `listAudit` sorts by. */
export type ListAuditSortField = "id";
/** One sort key of `listAudit`: a field, or `-field` for descending. */
export type ListAuditSort = ListAuditSortField | `-${ListAuditSortField}`;
/** The fields `listBreakdowns` sorts by. */
export type ListBreakdownsSortField = "id" | "published_at";
/** One sort key of `listBreakdowns`: a field, or `-field` for descending. */
export type ListBreakdownsSort = ListBreakdownsSortField | `-${ListBreakdownsSortField}`;
/** The fields `listMovies` sorts by. */
export type ListMoviesSortField = "id" | "title" | "release_date" | "company";
/** One sort key of `listMovies`: a field, or `-field` for descending. */
export type ListMoviesSort = ListMoviesSortField | `-${ListMoviesSortField}`;
/** The fields `listRoleCandidates` sorts by. */
export type ListRoleCandidatesSortField = "id" | "name" | "age" | "height";
/** One sort key of `listRoleCandidates`: a field, or `-field` for descending. */
export type ListRoleCandidatesSort = ListRoleCandidatesSortField | `-${ListRoleCandidatesSortField}`;
/** The fields `listRoles` sorts by. */
export type ListRolesSortField = "id" | "name" | "min_age" | "max_age";
/** One sort key of `listRoles`: a field, or `-field` for descending. */
export type ListRolesSort = ListRolesSortField | `-${ListRolesSortField}`;
/** The fields `listRoleShortlist` sorts by. */
export type ListRoleShortlistSortField = "id" | "created_at" | "status";
/** One sort key of `listRoleShortlist`: a field, or `-field` for descending. */
export type ListRoleShortlistSort = ListRoleShortlistSortField | `-${ListRoleShortlistSortField}`;
/** The fields `listRoleSubmissions` sorts by. */
export type ListRoleSubmissionsSortField = "id" | "created_at";
/** One sort key of `listRoleSubmissions`: a field, or `-field` for descending. */
export type ListRoleSubmissionsSort = ListRoleSubmissionsSortField | `-${ListRoleSubmissionsSortField}`;
/** The fields `listRoster` sorts by. */
export type ListRosterSortField = "id" | "name" | "age" | "height";
/** One sort key of `listRoster`: a field, or `-field` for descending. */
export type ListRosterSort = ListRosterSortField | `-${ListRosterSortField}`;
/** The fields `listSubmissions` sorts by. */
export type ListSubmissionsSortField = "id" | "created_at";
/** One sort key of `listSubmissions`: a field, or `-field` for descending. */
export type ListSubmissionsSort = ListSubmissionsSortField | `-${ListSubmissionsSortField}`;
/** The sortable fields of each list (for a sort dropdown). */
export declare const sortFields: {
    readonly listActorAppointments: readonly ["id", "starts_at"];
    readonly listActors: readonly ["id", "name", "age", "height"];
    readonly listAppointments: readonly ["id", "starts_at"];
    readonly listAudit: readonly ["id"];
    readonly listBreakdowns: readonly ["id", "published_at"];
    readonly listMovies: readonly ["id", "title", "release_date", "company"];
    readonly listRoleCandidates: readonly ["id", "name", "age", "height"];
    readonly listRoles: readonly ["id", "name", "min_age", "max_age"];
    readonly listRoleShortlist: readonly ["id", "created_at", "status"];
    readonly listRoleSubmissions: readonly ["id", "created_at"];
    readonly listRoster: readonly ["id", "name", "age", "height"];
    readonly listSubmissions: readonly ["id", "created_at"];
};
/** Everything `bookAppointment` takes besides its path parameters and body. */
export interface BookAppointmentParams extends RequestOptions {
    /** Sent as the `Idempotency-Key` header. Optional, 1–255 printable ASCII characters, unique per intended write. For 24 hours, repeating the request with the same key (same caller, same body) returns the first successful response again (status, body, Location, ETag, plus `Idempotent-Replayed: true`) and writes nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 (retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again. */
    idempotencyKey?: string | undefined;
}
/** Everything `createActor` takes besides its path parameters and body. */
export interface CreateActorParams extends RequestOptions {
    /** Sent as the `Idempotency-Key` header. Optional, 1–255 printable ASCII characters, unique per intended write. For 24 hours, repeating the request with the same key (same caller, same body) returns the first successful response again (status, body, Location, ETag, plus `Idempotent-Replayed: true`) and writes nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 (retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again. */
    idempotencyKey?: string | undefined;
}
/** Everything `createMovie` takes besides its path parameters and body. */
export interface CreateMovieParams extends RequestOptions {
    /** Sent as the `Idempotency-Key` header. Optional, 1–255 printable ASCII characters, unique per intended write. For 24 hours, repeating the request with the same key (same caller, same body) returns the first successful response again (status, body, Location, ETag, plus `Idempotent-Replayed: true`) and writes nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 (retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again. */
    idempotencyKey?: string | undefined;
}
/** Everything `createRole` takes besides its path parameters and body. */
export interface CreateRoleParams extends RequestOptions {
    /** Sent as the `Idempotency-Key` header. Optional, 1–255 printable ASCII characters, unique per intended write. For 24 hours, repeating the request with the same key (same caller, same body) returns the first successful response again (status, body, Location, ETag, plus `Idempotent-Replayed: true`) and writes nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 (retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again. */
    idempotencyKey?: string | undefined;
}
/** Everything `createRosterActor` takes besides its path parameters and body. */
export interface CreateRosterActorParams extends RequestOptions {
    /** Sent as the `Idempotency-Key` header. Optional, 1–255 printable ASCII characters, unique per intended write. For 24 hours, repeating the request with the same key (same caller, same body) returns the first successful response again (status, body, Location, ETag, plus `Idempotent-Replayed: true`) and writes nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 (retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again. */
    idempotencyKey?: string | undefined;
}
/** Everything `createShortlistEntry` takes besides its path parameters and body. */
export interface CreateShortlistEntryParams extends RequestOptions {
    /** Sent as the `Idempotency-Key` header. Optional, 1–255 printable ASCII characters, unique per intended write. For 24 hours, repeating the request with the same key (same caller, same body) returns the first successful response again (status, body, Location, ETag, plus `Idempotent-Replayed: true`) and writes nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 (retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again. */
    idempotencyKey?: string | undefined;
}
/** Everything `createSubmission` takes besides its path parameters and body. */
export interface CreateSubmissionParams extends RequestOptions {
    /** Sent as the `Idempotency-Key` header. Optional, 1–255 printable ASCII characters, unique per intended write. For 24 hours, repeating the request with the same key (same caller, same body) returns the first successful response again (status, body, Location, ETag, plus `Idempotent-Replayed: true`) and writes nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 (retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again. */
    idempotencyKey?: string | undefined;
}
/** Everything `deleteActor` takes besides its path parameters and body. */
export interface DeleteActorParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `deleteAppointment` takes besides its path parameters and body. */
export interface DeleteAppointmentParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `deleteMovie` takes besides its path parameters and body. */
export interface DeleteMovieParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `deleteMovieTeamMember` takes besides its path parameters. */
export type DeleteMovieTeamMemberParams = RequestOptions;
/** Everything `deleteRole` takes besides its path parameters and body. */
export interface DeleteRoleParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `deleteShortlistEntry` takes besides its path parameters and body. */
export interface DeleteShortlistEntryParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `deleteSubmission` takes besides its path parameters and body. */
export interface DeleteSubmissionParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `getActor` takes besides its path parameters and body. */
export interface GetActorParams extends RequestOptions {
    /** Sent as the `If-None-Match` header. An ETag from an earlier response: 304 Not Modified while the resource still has it. */
    ifNoneMatch?: string | undefined;
}
/** Everything `getAppointment` takes besides its path parameters and body. */
export interface GetAppointmentParams extends RequestOptions {
    /** Sent as the `If-None-Match` header. An ETag from an earlier response: 304 Not Modified while the resource still has it. */
    ifNoneMatch?: string | undefined;
}
/** Everything `getBreakdown` takes besides its path parameters. */
export type GetBreakdownParams = RequestOptions;
/** Everything `getMovie` takes besides its path parameters and body. */
export interface GetMovieParams extends RequestOptions {
    /** Sent as the `If-None-Match` header. An ETag from an earlier response: 304 Not Modified while the resource still has it. */
    ifNoneMatch?: string | undefined;
}
/** Everything `getMovieTeam` takes besides its path parameters. */
export type GetMovieTeamParams = RequestOptions;
/** Everything `getRole` takes besides its path parameters and body. */
export interface GetRoleParams extends RequestOptions {
    /** Sent as the `If-None-Match` header. An ETag from an earlier response: 304 Not Modified while the resource still has it. */
    ifNoneMatch?: string | undefined;
}
/** Everything `getRosterActor` takes besides its path parameters and body. */
export interface GetRosterActorParams extends RequestOptions {
    /** Sent as the `If-None-Match` header. An ETag from an earlier response: 304 Not Modified while the resource still has it. */
    ifNoneMatch?: string | undefined;
}
/** Everything `getShortlistEntry` takes besides its path parameters and body. */
export interface GetShortlistEntryParams extends RequestOptions {
    /** Sent as the `If-None-Match` header. An ETag from an earlier response: 304 Not Modified while the resource still has it. */
    ifNoneMatch?: string | undefined;
}
/** Everything `getShortlistHistory` takes besides its path parameters. */
export type GetShortlistHistoryParams = RequestOptions;
/** Everything `getSubmission` takes besides its path parameters and body. */
export interface GetSubmissionParams extends RequestOptions {
    /** Sent as the `If-None-Match` header. An ETag from an earlier response: 304 Not Modified while the resource still has it. */
    ifNoneMatch?: string | undefined;
}
/** The query parameters of `listActorAppointments` (GET /actors/{id}/appointments), as on the wire. */
export interface ListActorAppointmentsQuery {
    /** Appointments of this actor. */
    actor_id?: number | undefined;
    /** Appointments for this role. */
    role_id?: number | undefined;
    /** Appointments for the roles of this movie. */
    movie_id?: number | undefined;
    /** One of: audition, callback (case-insensitive). */
    kind?: AppointmentKind | undefined;
    /** Any of: scheduled, confirmed, declined, completed, no_show, canceled (case-insensitive; repeatable). */
    status?: readonly AppointmentStatus[] | undefined;
    /** Appointments that end after this time (ISO 8601 with an offset): with to, those overlapping [from, to). */
    from?: string | undefined;
    /** Appointments that start before this time (ISO 8601 with an offset). */
    to?: string | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default starts_at. Ties are broken by id. Fields: id, starts_at.
     * One field or several (sent comma-separated): `id`, `starts_at`; `-` before a field sorts descending.
     */
    sort?: ListActorAppointmentsSort | readonly ListActorAppointmentsSort[] | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listActorAppointments` takes besides its path parameters. */
export type ListActorAppointmentsParams = ListActorAppointmentsQuery & RequestOptions;
/** Everything `listActorRoles` takes besides its path parameters. */
export type ListActorRolesParams = RequestOptions;
/** The query parameters of `listActors` (GET /actors), as on the wire. */
export interface ListActorsQuery {
    /** Whole name, case-insensitive. */
    name?: string | undefined;
    /** Actors of exactly this age. */
    age?: number | undefined;
    /** Lowest age, inclusive. */
    min_age?: number | undefined;
    /** Highest age, inclusive. */
    max_age?: number | undefined;
    /** Any of: female, male, non-binary (case-insensitive; repeatable). */
    gender?: readonly Gender[] | undefined;
    /** Whole location, case-insensitive. */
    location?: string | undefined;
    passport?: boolean | undefined;
    driver_license?: boolean | undefined;
    /** Any of: asian, black, latino, middle eastern, south asian, southeast asian, white (case-insensitive; repeatable). */
    ethnicity?: readonly Ethnicity[] | undefined;
    /** Any of: black, brown, blond, auburn, chestnut, red, gray, white, bald (case-insensitive; repeatable). */
    hair_color?: readonly HairColor[] | undefined;
    /** Any of: amber, blue, brown, gray, green, hazel, red, violet (case-insensitive; repeatable). */
    eye_color?: readonly EyeColor[] | undefined;
    /** Any of: average, slim, athletic, muscular, curvy, heavyset, plus-sized (case-insensitive; repeatable). */
    body_type?: readonly BodyType[] | undefined;
    /** Exact height in centimetres. */
    height?: number | undefined;
    /** Lowest height in centimetres, inclusive. */
    min_height?: number | undefined;
    /** Highest height in centimetres, inclusive. */
    max_height?: number | undefined;
    /** Whole e-mail address, case-insensitive. Needs get:contacts (403 without it). */
    email?: string | undefined;
    /** true: union members (e.g. SAG-AFTRA); false: non-members. */
    union_member?: boolean | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, name, age, height.
     * One field or several (sent comma-separated): `id`, `name`, `age`, `height`; `-` before a field sorts descending.
     */
    sort?: ListActorsSort | readonly ListActorsSort[] | undefined;
    /** Case-insensitive substring of the title (movies) or name (actors, roles). */
    search_term?: string | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listActors` takes besides its path parameters. */
export type ListActorsParams = ListActorsQuery & RequestOptions;
/** The query parameters of `listAppointments` (GET /appointments), as on the wire. */
export interface ListAppointmentsQuery {
    /** Appointments of this actor. */
    actor_id?: number | undefined;
    /** Appointments for this role. */
    role_id?: number | undefined;
    /** Appointments for the roles of this movie. */
    movie_id?: number | undefined;
    /** One of: audition, callback (case-insensitive). */
    kind?: AppointmentKind | undefined;
    /** Any of: scheduled, confirmed, declined, completed, no_show, canceled (case-insensitive; repeatable). */
    status?: readonly AppointmentStatus[] | undefined;
    /** Appointments that end after this time (ISO 8601 with an offset): with to, those overlapping [from, to). */
    from?: string | undefined;
    /** Appointments that start before this time (ISO 8601 with an offset). */
    to?: string | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default starts_at. Ties are broken by id. Fields: id, starts_at.
     * One field or several (sent comma-separated): `id`, `starts_at`; `-` before a field sorts descending.
     */
    sort?: ListAppointmentsSort | readonly ListAppointmentsSort[] | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listAppointments` takes besides its path parameters. */
export type ListAppointmentsParams = ListAppointmentsQuery & RequestOptions;
/** The query parameters of `listAudit` (GET /audit), as on the wire. */
export interface ListAuditQuery {
    /** Records of this resource: movies, actors, roles, shortlist, appointments, team or submissions. */
    resource?: string | undefined;
    /** Records of the resource with this id (with resource, one resource's history). */
    resource_id?: number | undefined;
    /** Records of what belongs to this movie (the movie, its roles, shortlists, appointments and team). */
    movie_id?: number | undefined;
    /** Records of changes made by this token subject. */
    by?: string | undefined;
    /** One of: create, update, delete (case-insensitive). */
    action?: AuditAction | undefined;
    /** Records made at or after this time (ISO 8601 with an offset). */
    from?: string | undefined;
    /** Records made before this time (ISO 8601 with an offset). */
    to?: string | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default -id. Ties are broken by id. Fields: id.
     * One field or several (sent comma-separated): `id`; `-` before a field sorts descending.
     */
    sort?: ListAuditSort | readonly ListAuditSort[] | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listAudit` takes besides its path parameters. */
export type ListAuditParams = ListAuditQuery & RequestOptions;
/** The query parameters of `listBreakdowns` (GET /breakdowns), as on the wire. */
export interface ListBreakdownsQuery {
    /** Any of: female, male, non-binary, any (case-insensitive; repeatable). */
    gender?: readonly RoleGender[] | undefined;
    /** Roles whose age range contains this age. */
    age?: number | undefined;
    /** Any of these role ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default -published_at. Ties are broken by id. Fields: id, published_at.
     * One field or several (sent comma-separated): `id`, `published_at`; `-` before a field sorts descending.
     */
    sort?: ListBreakdownsSort | readonly ListBreakdownsSort[] | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listBreakdowns` takes besides its path parameters. */
export type ListBreakdownsParams = ListBreakdownsQuery & RequestOptions;
/** Everything `listMovieRoles` takes besides its path parameters. */
export type ListMovieRolesParams = RequestOptions;
/** The query parameters of `listMovies` (GET /movies), as on the wire. */
export interface ListMoviesQuery {
    /** Whole title, case-insensitive. */
    title?: string | undefined;
    /** Whole company name, case-insensitive. */
    company?: string | undefined;
    /** Exact release date (YYYY-MM-DD). */
    release_date?: string | undefined;
    /** Earliest release date, inclusive. */
    min_release_date?: string | undefined;
    /** Latest release date, inclusive. */
    max_release_date?: string | undefined;
    /** true: only the confidential movies the caller sees; false: only the others. */
    confidential?: boolean | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, title, release_date, company.
     * One field or several (sent comma-separated): `id`, `title`, `release_date`, `company`; `-` before a field sorts descending.
     */
    sort?: ListMoviesSort | readonly ListMoviesSort[] | undefined;
    /** Case-insensitive substring of the title (movies) or name (actors, roles). */
    search_term?: string | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listMovies` takes besides its path parameters. */
export type ListMoviesParams = ListMoviesQuery & RequestOptions;
/** The query parameters of `listRoleCandidates` (GET /roles/{id}/candidates), as on the wire. */
export interface ListRoleCandidatesQuery {
    /** Whole name, case-insensitive. */
    name?: string | undefined;
    /** Actors of exactly this age. */
    age?: number | undefined;
    /** Lowest age, inclusive. */
    min_age?: number | undefined;
    /** Highest age, inclusive. */
    max_age?: number | undefined;
    /** Any of: female, male, non-binary (case-insensitive; repeatable). */
    gender?: readonly Gender[] | undefined;
    /** Whole location, case-insensitive. */
    location?: string | undefined;
    passport?: boolean | undefined;
    driver_license?: boolean | undefined;
    /** Any of: asian, black, latino, middle eastern, south asian, southeast asian, white (case-insensitive; repeatable). */
    ethnicity?: readonly Ethnicity[] | undefined;
    /** Any of: black, brown, blond, auburn, chestnut, red, gray, white, bald (case-insensitive; repeatable). */
    hair_color?: readonly HairColor[] | undefined;
    /** Any of: amber, blue, brown, gray, green, hazel, red, violet (case-insensitive; repeatable). */
    eye_color?: readonly EyeColor[] | undefined;
    /** Any of: average, slim, athletic, muscular, curvy, heavyset, plus-sized (case-insensitive; repeatable). */
    body_type?: readonly BodyType[] | undefined;
    /** Exact height in centimetres. */
    height?: number | undefined;
    /** Lowest height in centimetres, inclusive. */
    min_height?: number | undefined;
    /** Highest height in centimetres, inclusive. */
    max_height?: number | undefined;
    /** Whole e-mail address, case-insensitive. Needs get:contacts (403 without it). */
    email?: string | undefined;
    /** true: union members (e.g. SAG-AFTRA); false: non-members. */
    union_member?: boolean | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, name, age, height.
     * One field or several (sent comma-separated): `id`, `name`, `age`, `height`; `-` before a field sorts descending.
     */
    sort?: ListRoleCandidatesSort | readonly ListRoleCandidatesSort[] | undefined;
    /** Case-insensitive substring of the title (movies) or name (actors, roles). */
    search_term?: string | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listRoleCandidates` takes besides its path parameters. */
export type ListRoleCandidatesParams = ListRoleCandidatesQuery & RequestOptions;
/** The query parameters of `listRoles` (GET /roles), as on the wire. */
export interface ListRolesQuery {
    /** Roles of this movie. */
    movie_id?: number | undefined;
    /** Roles this actor holds. */
    actor_id?: number | undefined;
    /** Whole name, case-insensitive. */
    name?: string | undefined;
    /** Any of: female, male, non-binary, any (case-insensitive; repeatable). */
    gender?: readonly RoleGender[] | undefined;
    /** true: roles with an actor; false: open roles. */
    cast?: boolean | undefined;
    /** Roles whose age range contains this age. */
    age?: number | undefined;
    /** Roles whose min_age is at least this. */
    min_age?: number | undefined;
    /** Roles whose max_age is at most this. */
    max_age?: number | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, name, min_age, max_age.
     * One field or several (sent comma-separated): `id`, `name`, `min_age`, `max_age`; `-` before a field sorts descending.
     */
    sort?: ListRolesSort | readonly ListRolesSort[] | undefined;
    /** Case-insensitive substring of the title (movies) or name (actors, roles). */
    search_term?: string | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listRoles` takes besides its path parameters. */
export type ListRolesParams = ListRolesQuery & RequestOptions;
/** The query parameters of `listRoleShortlist` (GET /roles/{id}/shortlist), as on the wire. */
export interface ListRoleShortlistQuery {
    /** Any of: shortlisted, callback, offered, cast, declined, released (case-insensitive; repeatable). */
    status?: readonly ShortlistStatus[] | undefined;
    /** The entry of this actor. */
    actor_id?: number | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, created_at, status.
     * One field or several (sent comma-separated): `id`, `created_at`, `status`; `-` before a field sorts descending.
     */
    sort?: ListRoleShortlistSort | readonly ListRoleShortlistSort[] | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listRoleShortlist` takes besides its path parameters. */
export type ListRoleShortlistParams = ListRoleShortlistQuery & RequestOptions;
/** The query parameters of `listRoleSubmissions` (GET /roles/{id}/submissions), as on the wire. */
export interface ListRoleSubmissionsQuery {
    /** Any of: submitted, selected, rejected (case-insensitive; repeatable). */
    status?: readonly SubmissionStatus[] | undefined;
    /** Submissions to this role. */
    role_id?: number | undefined;
    /** Submissions of this agency (on an agency's own list, only its own ever match). */
    agency_id?: string | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, created_at.
     * One field or several (sent comma-separated): `id`, `created_at`; `-` before a field sorts descending.
     */
    sort?: ListRoleSubmissionsSort | readonly ListRoleSubmissionsSort[] | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listRoleSubmissions` takes besides its path parameters. */
export type ListRoleSubmissionsParams = ListRoleSubmissionsQuery & RequestOptions;
/** The query parameters of `listRoster` (GET /roster), as on the wire. */
export interface ListRosterQuery {
    /** Whole name, case-insensitive. */
    name?: string | undefined;
    /** Actors of exactly this age. */
    age?: number | undefined;
    /** Lowest age, inclusive. */
    min_age?: number | undefined;
    /** Highest age, inclusive. */
    max_age?: number | undefined;
    /** Any of: female, male, non-binary (case-insensitive; repeatable). */
    gender?: readonly Gender[] | undefined;
    /** Whole location, case-insensitive. */
    location?: string | undefined;
    passport?: boolean | undefined;
    driver_license?: boolean | undefined;
    /** Any of: asian, black, latino, middle eastern, south asian, southeast asian, white (case-insensitive; repeatable). */
    ethnicity?: readonly Ethnicity[] | undefined;
    /** Any of: black, brown, blond, auburn, chestnut, red, gray, white, bald (case-insensitive; repeatable). */
    hair_color?: readonly HairColor[] | undefined;
    /** Any of: amber, blue, brown, gray, green, hazel, red, violet (case-insensitive; repeatable). */
    eye_color?: readonly EyeColor[] | undefined;
    /** Any of: average, slim, athletic, muscular, curvy, heavyset, plus-sized (case-insensitive; repeatable). */
    body_type?: readonly BodyType[] | undefined;
    /** Exact height in centimetres. */
    height?: number | undefined;
    /** Lowest height in centimetres, inclusive. */
    min_height?: number | undefined;
    /** Highest height in centimetres, inclusive. */
    max_height?: number | undefined;
    /** Whole e-mail address, case-insensitive. Needs get:contacts (403 without it). */
    email?: string | undefined;
    /** true: union members (e.g. SAG-AFTRA); false: non-members. */
    union_member?: boolean | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, name, age, height.
     * One field or several (sent comma-separated): `id`, `name`, `age`, `height`; `-` before a field sorts descending.
     */
    sort?: ListRosterSort | readonly ListRosterSort[] | undefined;
    /** Case-insensitive substring of the title (movies) or name (actors, roles). */
    search_term?: string | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listRoster` takes besides its path parameters. */
export type ListRosterParams = ListRosterQuery & RequestOptions;
/** The query parameters of `listSubmissions` (GET /submissions), as on the wire. */
export interface ListSubmissionsQuery {
    /** Any of: submitted, selected, rejected (case-insensitive; repeatable). */
    status?: readonly SubmissionStatus[] | undefined;
    /** Submissions to this role. */
    role_id?: number | undefined;
    /** Submissions of this agency (on an agency's own list, only its own ever match). */
    agency_id?: string | undefined;
    /** Any of these ids (repeatable, at most 100). */
    id?: readonly number[] | undefined;
    /** 1-based page number (default 1). A page past the end is an empty list with the true total. */
    page?: number | undefined;
    /** Items per page, 1–100 (default 10). */
    page_size?: number | undefined;
    /**
     * Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id. Fields: id, created_at.
     * One field or several (sent comma-separated): `id`, `created_at`; `-` before a field sorts descending.
     */
    sort?: ListSubmissionsSort | readonly ListSubmissionsSort[] | undefined;
    /** The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page). */
    cursor?: string | undefined;
    /** false: skip counting (total is then null). Default true. */
    include_total?: boolean | undefined;
}
/** Everything `listSubmissions` takes besides its path parameters. */
export type ListSubmissionsParams = ListSubmissionsQuery & RequestOptions;
/** Everything `putMovieTeamMember` takes besides its path parameters and body. */
export type PutMovieTeamMemberParams = RequestOptions;
/** Everything `updateActor` takes besides its path parameters and body. */
export interface UpdateActorParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `updateAppointment` takes besides its path parameters and body. */
export interface UpdateAppointmentParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `updateMovie` takes besides its path parameters and body. */
export interface UpdateMovieParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `updateRole` takes besides its path parameters and body. */
export interface UpdateRoleParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `updateRosterActor` takes besides its path parameters and body. */
export interface UpdateRosterActorParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `updateShortlistEntry` takes besides its path parameters and body. */
export interface UpdateShortlistEntryParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** Everything `updateSubmission` takes besides its path parameters and body. */
export interface UpdateSubmissionParams extends RequestOptions {
    /** Sent as the `If-Match` header. The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally. */
    ifMatch?: string | undefined;
}
/** `POST /shortlist/{id}/appointments` as the runtime sends it. */
export declare const bookAppointmentOperation: {
    readonly id: "bookAppointment";
    readonly method: "POST";
    readonly path: "/shortlist/{id}/appointments";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly idempotencyKey: "Idempotency-Key";
    };
    readonly body: "required";
};
/** `POST /actors` as the runtime sends it. */
export declare const createActorOperation: {
    readonly id: "createActor";
    readonly method: "POST";
    readonly path: "/actors";
    readonly pathParams: readonly [];
    readonly query: {};
    readonly headers: {
        readonly idempotencyKey: "Idempotency-Key";
    };
    readonly body: "required";
};
/** `POST /movies` as the runtime sends it. */
export declare const createMovieOperation: {
    readonly id: "createMovie";
    readonly method: "POST";
    readonly path: "/movies";
    readonly pathParams: readonly [];
    readonly query: {};
    readonly headers: {
        readonly idempotencyKey: "Idempotency-Key";
    };
    readonly body: "required";
};
/** `POST /roles` as the runtime sends it. */
export declare const createRoleOperation: {
    readonly id: "createRole";
    readonly method: "POST";
    readonly path: "/roles";
    readonly pathParams: readonly [];
    readonly query: {};
    readonly headers: {
        readonly idempotencyKey: "Idempotency-Key";
    };
    readonly body: "required";
};
/** `POST /roster` as the runtime sends it. */
export declare const createRosterActorOperation: {
    readonly id: "createRosterActor";
    readonly method: "POST";
    readonly path: "/roster";
    readonly pathParams: readonly [];
    readonly query: {};
    readonly headers: {
        readonly idempotencyKey: "Idempotency-Key";
    };
    readonly body: "required";
};
/** `POST /roles/{id}/shortlist` as the runtime sends it. */
export declare const createShortlistEntryOperation: {
    readonly id: "createShortlistEntry";
    readonly method: "POST";
    readonly path: "/roles/{id}/shortlist";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly idempotencyKey: "Idempotency-Key";
    };
    readonly body: "required";
};
/** `POST /breakdowns/{id}/submissions` as the runtime sends it. */
export declare const createSubmissionOperation: {
    readonly id: "createSubmission";
    readonly method: "POST";
    readonly path: "/breakdowns/{id}/submissions";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly idempotencyKey: "Idempotency-Key";
    };
    readonly body: "required";
};
/** `DELETE /actors/{id}` as the runtime sends it. */
export declare const deleteActorOperation: {
    readonly id: "deleteActor";
    readonly method: "DELETE";
    readonly path: "/actors/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "none";
};
/** `DELETE /appointments/{id}` as the runtime sends it. */
export declare const deleteAppointmentOperation: {
    readonly id: "deleteAppointment";
    readonly method: "DELETE";
    readonly path: "/appointments/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "none";
};
/** `DELETE /movies/{id}` as the runtime sends it. */
export declare const deleteMovieOperation: {
    readonly id: "deleteMovie";
    readonly method: "DELETE";
    readonly path: "/movies/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "none";
};
/** `DELETE /movies/{id}/team/{sub}` as the runtime sends it. */
export declare const deleteMovieTeamMemberOperation: {
    readonly id: "deleteMovieTeamMember";
    readonly method: "DELETE";
    readonly path: "/movies/{id}/team/{sub}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }, {
        readonly name: "sub";
        readonly kind: "string";
    }];
    readonly query: {};
    readonly headers: {};
    readonly body: "none";
};
/** `DELETE /roles/{id}` as the runtime sends it. */
export declare const deleteRoleOperation: {
    readonly id: "deleteRole";
    readonly method: "DELETE";
    readonly path: "/roles/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "none";
};
/** `DELETE /shortlist/{id}` as the runtime sends it. */
export declare const deleteShortlistEntryOperation: {
    readonly id: "deleteShortlistEntry";
    readonly method: "DELETE";
    readonly path: "/shortlist/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "none";
};
/** `DELETE /submissions/{id}` as the runtime sends it. */
export declare const deleteSubmissionOperation: {
    readonly id: "deleteSubmission";
    readonly method: "DELETE";
    readonly path: "/submissions/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "none";
};
/** `GET /actors/{id}` as the runtime sends it. */
export declare const getActorOperation: {
    readonly id: "getActor";
    readonly method: "GET";
    readonly path: "/actors/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifNoneMatch: "If-None-Match";
    };
    readonly body: "none";
};
/** `GET /appointments/{id}` as the runtime sends it. */
export declare const getAppointmentOperation: {
    readonly id: "getAppointment";
    readonly method: "GET";
    readonly path: "/appointments/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifNoneMatch: "If-None-Match";
    };
    readonly body: "none";
};
/** `GET /breakdowns/{id}` as the runtime sends it. */
export declare const getBreakdownOperation: {
    readonly id: "getBreakdown";
    readonly method: "GET";
    readonly path: "/breakdowns/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {};
    readonly body: "none";
};
/** `GET /movies/{id}` as the runtime sends it. */
export declare const getMovieOperation: {
    readonly id: "getMovie";
    readonly method: "GET";
    readonly path: "/movies/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifNoneMatch: "If-None-Match";
    };
    readonly body: "none";
};
/** `GET /movies/{id}/team` as the runtime sends it. */
export declare const getMovieTeamOperation: {
    readonly id: "getMovieTeam";
    readonly method: "GET";
    readonly path: "/movies/{id}/team";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {};
    readonly body: "none";
};
/** `GET /roles/{id}` as the runtime sends it. */
export declare const getRoleOperation: {
    readonly id: "getRole";
    readonly method: "GET";
    readonly path: "/roles/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifNoneMatch: "If-None-Match";
    };
    readonly body: "none";
};
/** `GET /roster/{id}` as the runtime sends it. */
export declare const getRosterActorOperation: {
    readonly id: "getRosterActor";
    readonly method: "GET";
    readonly path: "/roster/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifNoneMatch: "If-None-Match";
    };
    readonly body: "none";
};
/** `GET /shortlist/{id}` as the runtime sends it. */
export declare const getShortlistEntryOperation: {
    readonly id: "getShortlistEntry";
    readonly method: "GET";
    readonly path: "/shortlist/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifNoneMatch: "If-None-Match";
    };
    readonly body: "none";
};
/** `GET /shortlist/{id}/history` as the runtime sends it. */
export declare const getShortlistHistoryOperation: {
    readonly id: "getShortlistHistory";
    readonly method: "GET";
    readonly path: "/shortlist/{id}/history";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {};
    readonly body: "none";
};
/** `GET /submissions/{id}` as the runtime sends it. */
export declare const getSubmissionOperation: {
    readonly id: "getSubmission";
    readonly method: "GET";
    readonly path: "/submissions/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifNoneMatch: "If-None-Match";
    };
    readonly body: "none";
};
/** `GET /actors/{id}/appointments` as the runtime sends it. */
export declare const listActorAppointmentsOperation: {
    readonly id: "listActorAppointments";
    readonly method: "GET";
    readonly path: "/actors/{id}/appointments";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {
        readonly actor_id: "integer";
        readonly role_id: "integer";
        readonly movie_id: "integer";
        readonly kind: "string";
        readonly status: "string[]";
        readonly from: "string";
        readonly to: "string";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "appointments";
        readonly total: "total_appointments";
        readonly cursor: "next_cursor";
    };
};
/** `GET /actors/{id}/roles` as the runtime sends it. */
export declare const listActorRolesOperation: {
    readonly id: "listActorRoles";
    readonly method: "GET";
    readonly path: "/actors/{id}/roles";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {};
    readonly body: "none";
};
/** `GET /actors` as the runtime sends it. */
export declare const listActorsOperation: {
    readonly id: "listActors";
    readonly method: "GET";
    readonly path: "/actors";
    readonly pathParams: readonly [];
    readonly query: {
        readonly name: "string";
        readonly age: "integer";
        readonly min_age: "integer";
        readonly max_age: "integer";
        readonly gender: "string[]";
        readonly location: "string";
        readonly passport: "boolean";
        readonly driver_license: "boolean";
        readonly ethnicity: "string[]";
        readonly hair_color: "string[]";
        readonly eye_color: "string[]";
        readonly body_type: "string[]";
        readonly height: "integer";
        readonly min_height: "integer";
        readonly max_height: "integer";
        readonly email: "string";
        readonly union_member: "boolean";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly search_term: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "actors";
        readonly total: "total_actors";
        readonly cursor: "next_cursor";
    };
};
/** `GET /appointments` as the runtime sends it. */
export declare const listAppointmentsOperation: {
    readonly id: "listAppointments";
    readonly method: "GET";
    readonly path: "/appointments";
    readonly pathParams: readonly [];
    readonly query: {
        readonly actor_id: "integer";
        readonly role_id: "integer";
        readonly movie_id: "integer";
        readonly kind: "string";
        readonly status: "string[]";
        readonly from: "string";
        readonly to: "string";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "appointments";
        readonly total: "total_appointments";
        readonly cursor: "next_cursor";
    };
};
/** `GET /audit` as the runtime sends it. */
export declare const listAuditOperation: {
    readonly id: "listAudit";
    readonly method: "GET";
    readonly path: "/audit";
    readonly pathParams: readonly [];
    readonly query: {
        readonly resource: "string";
        readonly resource_id: "integer";
        readonly movie_id: "integer";
        readonly by: "string";
        readonly action: "string";
        readonly from: "string";
        readonly to: "string";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "audit";
        readonly total: "total_audit";
        readonly cursor: "next_cursor";
    };
};
/** `GET /breakdowns` as the runtime sends it. */
export declare const listBreakdownsOperation: {
    readonly id: "listBreakdowns";
    readonly method: "GET";
    readonly path: "/breakdowns";
    readonly pathParams: readonly [];
    readonly query: {
        readonly gender: "string[]";
        readonly age: "integer";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "breakdowns";
        readonly total: "total_breakdowns";
        readonly cursor: "next_cursor";
    };
};
/** `GET /movies/{id}/roles` as the runtime sends it. */
export declare const listMovieRolesOperation: {
    readonly id: "listMovieRoles";
    readonly method: "GET";
    readonly path: "/movies/{id}/roles";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {};
    readonly body: "none";
};
/** `GET /movies` as the runtime sends it. */
export declare const listMoviesOperation: {
    readonly id: "listMovies";
    readonly method: "GET";
    readonly path: "/movies";
    readonly pathParams: readonly [];
    readonly query: {
        readonly title: "string";
        readonly company: "string";
        readonly release_date: "string";
        readonly min_release_date: "string";
        readonly max_release_date: "string";
        readonly confidential: "boolean";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly search_term: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "movies";
        readonly total: "total_movies";
        readonly cursor: "next_cursor";
    };
};
/** `GET /roles/{id}/candidates` as the runtime sends it. */
export declare const listRoleCandidatesOperation: {
    readonly id: "listRoleCandidates";
    readonly method: "GET";
    readonly path: "/roles/{id}/candidates";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {
        readonly name: "string";
        readonly age: "integer";
        readonly min_age: "integer";
        readonly max_age: "integer";
        readonly gender: "string[]";
        readonly location: "string";
        readonly passport: "boolean";
        readonly driver_license: "boolean";
        readonly ethnicity: "string[]";
        readonly hair_color: "string[]";
        readonly eye_color: "string[]";
        readonly body_type: "string[]";
        readonly height: "integer";
        readonly min_height: "integer";
        readonly max_height: "integer";
        readonly email: "string";
        readonly union_member: "boolean";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly search_term: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "actors";
        readonly total: "total_actors";
        readonly cursor: "next_cursor";
    };
};
/** `GET /roles` as the runtime sends it. */
export declare const listRolesOperation: {
    readonly id: "listRoles";
    readonly method: "GET";
    readonly path: "/roles";
    readonly pathParams: readonly [];
    readonly query: {
        readonly movie_id: "integer";
        readonly actor_id: "integer";
        readonly name: "string";
        readonly gender: "string[]";
        readonly cast: "boolean";
        readonly age: "integer";
        readonly min_age: "integer";
        readonly max_age: "integer";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly search_term: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "roles";
        readonly total: "total_roles";
        readonly cursor: "next_cursor";
    };
};
/** `GET /roles/{id}/shortlist` as the runtime sends it. */
export declare const listRoleShortlistOperation: {
    readonly id: "listRoleShortlist";
    readonly method: "GET";
    readonly path: "/roles/{id}/shortlist";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {
        readonly status: "string[]";
        readonly actor_id: "integer";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "shortlist";
        readonly total: "total_shortlist";
        readonly cursor: "next_cursor";
    };
};
/** `GET /roles/{id}/submissions` as the runtime sends it. */
export declare const listRoleSubmissionsOperation: {
    readonly id: "listRoleSubmissions";
    readonly method: "GET";
    readonly path: "/roles/{id}/submissions";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {
        readonly status: "string[]";
        readonly role_id: "integer";
        readonly agency_id: "string";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "submissions";
        readonly total: "total_submissions";
        readonly cursor: "next_cursor";
    };
};
/** `GET /roster` as the runtime sends it. */
export declare const listRosterOperation: {
    readonly id: "listRoster";
    readonly method: "GET";
    readonly path: "/roster";
    readonly pathParams: readonly [];
    readonly query: {
        readonly name: "string";
        readonly age: "integer";
        readonly min_age: "integer";
        readonly max_age: "integer";
        readonly gender: "string[]";
        readonly location: "string";
        readonly passport: "boolean";
        readonly driver_license: "boolean";
        readonly ethnicity: "string[]";
        readonly hair_color: "string[]";
        readonly eye_color: "string[]";
        readonly body_type: "string[]";
        readonly height: "integer";
        readonly min_height: "integer";
        readonly max_height: "integer";
        readonly email: "string";
        readonly union_member: "boolean";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly search_term: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "actors";
        readonly total: "total_actors";
        readonly cursor: "next_cursor";
    };
};
/** `GET /submissions` as the runtime sends it. */
export declare const listSubmissionsOperation: {
    readonly id: "listSubmissions";
    readonly method: "GET";
    readonly path: "/submissions";
    readonly pathParams: readonly [];
    readonly query: {
        readonly status: "string[]";
        readonly role_id: "integer";
        readonly agency_id: "string";
        readonly id: "integer[]";
        readonly page: "integer";
        readonly page_size: "integer";
        readonly sort: "string";
        readonly cursor: "string";
        readonly include_total: "boolean";
    };
    readonly headers: {};
    readonly body: "none";
    readonly list: {
        readonly items: "submissions";
        readonly total: "total_submissions";
        readonly cursor: "next_cursor";
    };
};
/** `PUT /movies/{id}/team/{sub}` as the runtime sends it. */
export declare const putMovieTeamMemberOperation: {
    readonly id: "putMovieTeamMember";
    readonly method: "PUT";
    readonly path: "/movies/{id}/team/{sub}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }, {
        readonly name: "sub";
        readonly kind: "string";
    }];
    readonly query: {};
    readonly headers: {};
    readonly body: "required";
};
/** `PATCH /actors/{id}` as the runtime sends it. */
export declare const updateActorOperation: {
    readonly id: "updateActor";
    readonly method: "PATCH";
    readonly path: "/actors/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "required";
};
/** `PATCH /appointments/{id}` as the runtime sends it. */
export declare const updateAppointmentOperation: {
    readonly id: "updateAppointment";
    readonly method: "PATCH";
    readonly path: "/appointments/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "required";
};
/** `PATCH /movies/{id}` as the runtime sends it. */
export declare const updateMovieOperation: {
    readonly id: "updateMovie";
    readonly method: "PATCH";
    readonly path: "/movies/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "required";
};
/** `PATCH /roles/{id}` as the runtime sends it. */
export declare const updateRoleOperation: {
    readonly id: "updateRole";
    readonly method: "PATCH";
    readonly path: "/roles/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "required";
};
/** `PATCH /roster/{id}` as the runtime sends it. */
export declare const updateRosterActorOperation: {
    readonly id: "updateRosterActor";
    readonly method: "PATCH";
    readonly path: "/roster/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "required";
};
/** `PATCH /shortlist/{id}` as the runtime sends it. */
export declare const updateShortlistEntryOperation: {
    readonly id: "updateShortlistEntry";
    readonly method: "PATCH";
    readonly path: "/shortlist/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "required";
};
/** `PATCH /submissions/{id}` as the runtime sends it. */
export declare const updateSubmissionOperation: {
    readonly id: "updateSubmission";
    readonly method: "PATCH";
    readonly path: "/submissions/{id}";
    readonly pathParams: readonly [{
        readonly name: "id";
        readonly kind: "integer";
        readonly minimum: 1;
    }];
    readonly query: {};
    readonly headers: {
        readonly ifMatch: "If-Match";
    };
    readonly body: "required";
};
/** Every operation by its operationId. */
export declare const operations: {
    readonly bookAppointment: {
        readonly id: "bookAppointment";
        readonly method: "POST";
        readonly path: "/shortlist/{id}/appointments";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly idempotencyKey: "Idempotency-Key";
        };
        readonly body: "required";
    };
    readonly createActor: {
        readonly id: "createActor";
        readonly method: "POST";
        readonly path: "/actors";
        readonly pathParams: readonly [];
        readonly query: {};
        readonly headers: {
            readonly idempotencyKey: "Idempotency-Key";
        };
        readonly body: "required";
    };
    readonly createMovie: {
        readonly id: "createMovie";
        readonly method: "POST";
        readonly path: "/movies";
        readonly pathParams: readonly [];
        readonly query: {};
        readonly headers: {
            readonly idempotencyKey: "Idempotency-Key";
        };
        readonly body: "required";
    };
    readonly createRole: {
        readonly id: "createRole";
        readonly method: "POST";
        readonly path: "/roles";
        readonly pathParams: readonly [];
        readonly query: {};
        readonly headers: {
            readonly idempotencyKey: "Idempotency-Key";
        };
        readonly body: "required";
    };
    readonly createRosterActor: {
        readonly id: "createRosterActor";
        readonly method: "POST";
        readonly path: "/roster";
        readonly pathParams: readonly [];
        readonly query: {};
        readonly headers: {
            readonly idempotencyKey: "Idempotency-Key";
        };
        readonly body: "required";
    };
    readonly createShortlistEntry: {
        readonly id: "createShortlistEntry";
        readonly method: "POST";
        readonly path: "/roles/{id}/shortlist";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly idempotencyKey: "Idempotency-Key";
        };
        readonly body: "required";
    };
    readonly createSubmission: {
        readonly id: "createSubmission";
        readonly method: "POST";
        readonly path: "/breakdowns/{id}/submissions";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly idempotencyKey: "Idempotency-Key";
        };
        readonly body: "required";
    };
    readonly deleteActor: {
        readonly id: "deleteActor";
        readonly method: "DELETE";
        readonly path: "/actors/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "none";
    };
    readonly deleteAppointment: {
        readonly id: "deleteAppointment";
        readonly method: "DELETE";
        readonly path: "/appointments/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "none";
    };
    readonly deleteMovie: {
        readonly id: "deleteMovie";
        readonly method: "DELETE";
        readonly path: "/movies/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "none";
    };
    readonly deleteMovieTeamMember: {
        readonly id: "deleteMovieTeamMember";
        readonly method: "DELETE";
        readonly path: "/movies/{id}/team/{sub}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }, {
            readonly name: "sub";
            readonly kind: "string";
        }];
        readonly query: {};
        readonly headers: {};
        readonly body: "none";
    };
    readonly deleteRole: {
        readonly id: "deleteRole";
        readonly method: "DELETE";
        readonly path: "/roles/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "none";
    };
    readonly deleteShortlistEntry: {
        readonly id: "deleteShortlistEntry";
        readonly method: "DELETE";
        readonly path: "/shortlist/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "none";
    };
    readonly deleteSubmission: {
        readonly id: "deleteSubmission";
        readonly method: "DELETE";
        readonly path: "/submissions/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "none";
    };
    readonly getActor: {
        readonly id: "getActor";
        readonly method: "GET";
        readonly path: "/actors/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifNoneMatch: "If-None-Match";
        };
        readonly body: "none";
    };
    readonly getAppointment: {
        readonly id: "getAppointment";
        readonly method: "GET";
        readonly path: "/appointments/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifNoneMatch: "If-None-Match";
        };
        readonly body: "none";
    };
    readonly getBreakdown: {
        readonly id: "getBreakdown";
        readonly method: "GET";
        readonly path: "/breakdowns/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {};
        readonly body: "none";
    };
    readonly getMovie: {
        readonly id: "getMovie";
        readonly method: "GET";
        readonly path: "/movies/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifNoneMatch: "If-None-Match";
        };
        readonly body: "none";
    };
    readonly getMovieTeam: {
        readonly id: "getMovieTeam";
        readonly method: "GET";
        readonly path: "/movies/{id}/team";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {};
        readonly body: "none";
    };
    readonly getRole: {
        readonly id: "getRole";
        readonly method: "GET";
        readonly path: "/roles/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifNoneMatch: "If-None-Match";
        };
        readonly body: "none";
    };
    readonly getRosterActor: {
        readonly id: "getRosterActor";
        readonly method: "GET";
        readonly path: "/roster/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifNoneMatch: "If-None-Match";
        };
        readonly body: "none";
    };
    readonly getShortlistEntry: {
        readonly id: "getShortlistEntry";
        readonly method: "GET";
        readonly path: "/shortlist/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifNoneMatch: "If-None-Match";
        };
        readonly body: "none";
    };
    readonly getShortlistHistory: {
        readonly id: "getShortlistHistory";
        readonly method: "GET";
        readonly path: "/shortlist/{id}/history";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {};
        readonly body: "none";
    };
    readonly getSubmission: {
        readonly id: "getSubmission";
        readonly method: "GET";
        readonly path: "/submissions/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifNoneMatch: "If-None-Match";
        };
        readonly body: "none";
    };
    readonly listActorAppointments: {
        readonly id: "listActorAppointments";
        readonly method: "GET";
        readonly path: "/actors/{id}/appointments";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {
            readonly actor_id: "integer";
            readonly role_id: "integer";
            readonly movie_id: "integer";
            readonly kind: "string";
            readonly status: "string[]";
            readonly from: "string";
            readonly to: "string";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "appointments";
            readonly total: "total_appointments";
            readonly cursor: "next_cursor";
        };
    };
    readonly listActorRoles: {
        readonly id: "listActorRoles";
        readonly method: "GET";
        readonly path: "/actors/{id}/roles";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {};
        readonly body: "none";
    };
    readonly listActors: {
        readonly id: "listActors";
        readonly method: "GET";
        readonly path: "/actors";
        readonly pathParams: readonly [];
        readonly query: {
            readonly name: "string";
            readonly age: "integer";
            readonly min_age: "integer";
            readonly max_age: "integer";
            readonly gender: "string[]";
            readonly location: "string";
            readonly passport: "boolean";
            readonly driver_license: "boolean";
            readonly ethnicity: "string[]";
            readonly hair_color: "string[]";
            readonly eye_color: "string[]";
            readonly body_type: "string[]";
            readonly height: "integer";
            readonly min_height: "integer";
            readonly max_height: "integer";
            readonly email: "string";
            readonly union_member: "boolean";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly search_term: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "actors";
            readonly total: "total_actors";
            readonly cursor: "next_cursor";
        };
    };
    readonly listAppointments: {
        readonly id: "listAppointments";
        readonly method: "GET";
        readonly path: "/appointments";
        readonly pathParams: readonly [];
        readonly query: {
            readonly actor_id: "integer";
            readonly role_id: "integer";
            readonly movie_id: "integer";
            readonly kind: "string";
            readonly status: "string[]";
            readonly from: "string";
            readonly to: "string";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "appointments";
            readonly total: "total_appointments";
            readonly cursor: "next_cursor";
        };
    };
    readonly listAudit: {
        readonly id: "listAudit";
        readonly method: "GET";
        readonly path: "/audit";
        readonly pathParams: readonly [];
        readonly query: {
            readonly resource: "string";
            readonly resource_id: "integer";
            readonly movie_id: "integer";
            readonly by: "string";
            readonly action: "string";
            readonly from: "string";
            readonly to: "string";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "audit";
            readonly total: "total_audit";
            readonly cursor: "next_cursor";
        };
    };
    readonly listBreakdowns: {
        readonly id: "listBreakdowns";
        readonly method: "GET";
        readonly path: "/breakdowns";
        readonly pathParams: readonly [];
        readonly query: {
            readonly gender: "string[]";
            readonly age: "integer";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "breakdowns";
            readonly total: "total_breakdowns";
            readonly cursor: "next_cursor";
        };
    };
    readonly listMovieRoles: {
        readonly id: "listMovieRoles";
        readonly method: "GET";
        readonly path: "/movies/{id}/roles";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {};
        readonly body: "none";
    };
    readonly listMovies: {
        readonly id: "listMovies";
        readonly method: "GET";
        readonly path: "/movies";
        readonly pathParams: readonly [];
        readonly query: {
            readonly title: "string";
            readonly company: "string";
            readonly release_date: "string";
            readonly min_release_date: "string";
            readonly max_release_date: "string";
            readonly confidential: "boolean";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly search_term: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "movies";
            readonly total: "total_movies";
            readonly cursor: "next_cursor";
        };
    };
    readonly listRoleCandidates: {
        readonly id: "listRoleCandidates";
        readonly method: "GET";
        readonly path: "/roles/{id}/candidates";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {
            readonly name: "string";
            readonly age: "integer";
            readonly min_age: "integer";
            readonly max_age: "integer";
            readonly gender: "string[]";
            readonly location: "string";
            readonly passport: "boolean";
            readonly driver_license: "boolean";
            readonly ethnicity: "string[]";
            readonly hair_color: "string[]";
            readonly eye_color: "string[]";
            readonly body_type: "string[]";
            readonly height: "integer";
            readonly min_height: "integer";
            readonly max_height: "integer";
            readonly email: "string";
            readonly union_member: "boolean";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly search_term: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "actors";
            readonly total: "total_actors";
            readonly cursor: "next_cursor";
        };
    };
    readonly listRoles: {
        readonly id: "listRoles";
        readonly method: "GET";
        readonly path: "/roles";
        readonly pathParams: readonly [];
        readonly query: {
            readonly movie_id: "integer";
            readonly actor_id: "integer";
            readonly name: "string";
            readonly gender: "string[]";
            readonly cast: "boolean";
            readonly age: "integer";
            readonly min_age: "integer";
            readonly max_age: "integer";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly search_term: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "roles";
            readonly total: "total_roles";
            readonly cursor: "next_cursor";
        };
    };
    readonly listRoleShortlist: {
        readonly id: "listRoleShortlist";
        readonly method: "GET";
        readonly path: "/roles/{id}/shortlist";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {
            readonly status: "string[]";
            readonly actor_id: "integer";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "shortlist";
            readonly total: "total_shortlist";
            readonly cursor: "next_cursor";
        };
    };
    readonly listRoleSubmissions: {
        readonly id: "listRoleSubmissions";
        readonly method: "GET";
        readonly path: "/roles/{id}/submissions";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {
            readonly status: "string[]";
            readonly role_id: "integer";
            readonly agency_id: "string";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "submissions";
            readonly total: "total_submissions";
            readonly cursor: "next_cursor";
        };
    };
    readonly listRoster: {
        readonly id: "listRoster";
        readonly method: "GET";
        readonly path: "/roster";
        readonly pathParams: readonly [];
        readonly query: {
            readonly name: "string";
            readonly age: "integer";
            readonly min_age: "integer";
            readonly max_age: "integer";
            readonly gender: "string[]";
            readonly location: "string";
            readonly passport: "boolean";
            readonly driver_license: "boolean";
            readonly ethnicity: "string[]";
            readonly hair_color: "string[]";
            readonly eye_color: "string[]";
            readonly body_type: "string[]";
            readonly height: "integer";
            readonly min_height: "integer";
            readonly max_height: "integer";
            readonly email: "string";
            readonly union_member: "boolean";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly search_term: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "actors";
            readonly total: "total_actors";
            readonly cursor: "next_cursor";
        };
    };
    readonly listSubmissions: {
        readonly id: "listSubmissions";
        readonly method: "GET";
        readonly path: "/submissions";
        readonly pathParams: readonly [];
        readonly query: {
            readonly status: "string[]";
            readonly role_id: "integer";
            readonly agency_id: "string";
            readonly id: "integer[]";
            readonly page: "integer";
            readonly page_size: "integer";
            readonly sort: "string";
            readonly cursor: "string";
            readonly include_total: "boolean";
        };
        readonly headers: {};
        readonly body: "none";
        readonly list: {
            readonly items: "submissions";
            readonly total: "total_submissions";
            readonly cursor: "next_cursor";
        };
    };
    readonly putMovieTeamMember: {
        readonly id: "putMovieTeamMember";
        readonly method: "PUT";
        readonly path: "/movies/{id}/team/{sub}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }, {
            readonly name: "sub";
            readonly kind: "string";
        }];
        readonly query: {};
        readonly headers: {};
        readonly body: "required";
    };
    readonly updateActor: {
        readonly id: "updateActor";
        readonly method: "PATCH";
        readonly path: "/actors/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "required";
    };
    readonly updateAppointment: {
        readonly id: "updateAppointment";
        readonly method: "PATCH";
        readonly path: "/appointments/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "required";
    };
    readonly updateMovie: {
        readonly id: "updateMovie";
        readonly method: "PATCH";
        readonly path: "/movies/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "required";
    };
    readonly updateRole: {
        readonly id: "updateRole";
        readonly method: "PATCH";
        readonly path: "/roles/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "required";
    };
    readonly updateRosterActor: {
        readonly id: "updateRosterActor";
        readonly method: "PATCH";
        readonly path: "/roster/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "required";
    };
    readonly updateShortlistEntry: {
        readonly id: "updateShortlistEntry";
        readonly method: "PATCH";
        readonly path: "/shortlist/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "required";
    };
    readonly updateSubmission: {
        readonly id: "updateSubmission";
        readonly method: "PATCH";
        readonly path: "/submissions/{id}";
        readonly pathParams: readonly [{
            readonly name: "id";
            readonly kind: "integer";
            readonly minimum: 1;
        }];
        readonly query: {};
        readonly headers: {
            readonly ifMatch: "If-Match";
        };
        readonly body: "required";
    };
};
/** The name of every operation (the document's operationId). */
export type OperationId = keyof typeof operations;
/** The document's info.version ("v1"); the package's version is derived from it. */
export declare const apiVersion = "v1";
/**
 * Book an audition or callback for the entry (shortlisted or callback; a callback needs callback). An actor's appointments never overlap: an overlap is refused with 409 naming the other appointment.
 *
 * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /shortlist/{id}/appointments`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `POST /shortlist/{id}/appointments`.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function bookAppointment(client: Transport, id: number, body: BookAppointmentCommand, params?: BookAppointmentParams): Promise<ApiResult<AppointmentCreatedResponse>>;
/**
 * Create an actor.
 *
 * **Permission:** `post:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /actors`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function createActor(client: Transport, body: CreateActorCommand, params?: CreateActorParams): Promise<ApiResult<ActorCreatedResponse>>;
/**
 * Create a movie.
 *
 * **Permission:** `post:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /movies`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /movies`.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function createMovie(client: Transport, body: CreateMovieCommand, params?: CreateMovieParams): Promise<ApiResult<MovieCreatedResponse>>;
/**
 * Create a role, optionally cast with an actor who fits it.
 *
 * **Permission:** `post:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /roles`. Value types are nullable so that a missing required field is a 422.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function createRole(client: Transport, body: CreateRoleCommand, params?: CreateRoleParams): Promise<ApiResult<RoleCreatedResponse>>;
/**
 * Add an actor to the agency's roster (an actor body, as POST /actors; agency_id is the caller's).
 *
 * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /roster`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function createRosterActor(client: Transport, body: CreateActorCommand, params?: CreateRosterActorParams): Promise<ApiResult<ActorCreatedResponse>>;
/**
 * Shortlist an actor for the role. The actor must fit it by the casting rule; a role lists an actor at most once, and a role that is cast takes no new entries (409).
 *
 * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /roles/{id}/shortlist`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `POST /roles/{id}/shortlist`.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function createShortlistEntry(client: Transport, id: number, body: CreateShortlistEntryCommand, params?: CreateShortlistEntryParams): Promise<ApiResult<ShortlistEntryCreatedResponse>>;
/**
 * Submit an actor of the agency's roster to an open breakdown (422 when the actor is not on the roster, 404 when the breakdown is not listed, 409 when the actor does not fit the role or is already submitted to it).
 *
 * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `POST /breakdowns/{id}/submissions`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `POST /breakdowns/{role_id}/submissions`: a roster actor, and a note for the casting team.
 * @param params idempotencyKey, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function createSubmission(client: Transport, id: number, body: CreateSubmissionCommand, params?: CreateSubmissionParams): Promise<ApiResult<SubmissionCreatedResponse>>;
/**
 * Delete an actor; the roles they held become open. Honours If-Match.
 *
 * **Permission:** `delete:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /actors/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function deleteActor(client: Transport, id: number, params?: DeleteActorParams): Promise<ApiResult<DeletedResponse>>;
/**
 * Delete an appointment. Honours If-Match.
 *
 * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /appointments/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function deleteAppointment(client: Transport, id: number, params?: DeleteAppointmentParams): Promise<ApiResult<DeletedResponse>>;
/**
 * Delete a movie and its roles. Honours If-Match.
 *
 * **Permission:** `delete:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /movies/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function deleteMovie(client: Transport, id: number, params?: DeleteMovieParams): Promise<ApiResult<DeletedResponse>>;
/**
 * Take the subject off the team (404 when it is not on it).
 *
 * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /movies/{id}/team/{sub}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function deleteMovieTeamMember(client: Transport, id: number, sub: string, params?: DeleteMovieTeamMemberParams): Promise<ApiResult<TeamMemberDeletedResponse>>;
/**
 * Delete a role. Honours If-Match.
 *
 * **Permission:** `delete:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /roles/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function deleteRole(client: Transport, id: number, params?: DeleteRoleParams): Promise<ApiResult<DeletedResponse>>;
/**
 * Remove an entry that is not cast (409 if it is), with its appointments. Honours If-Match.
 *
 * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /shortlist/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function deleteShortlistEntry(client: Transport, id: number, params?: DeleteShortlistEntryParams): Promise<ApiResult<DeletedResponse>>;
/**
 * Withdraw one of the agency's submissions while it is submitted (409 once decided). Honours If-Match.
 *
 * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `DELETE /submissions/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function deleteSubmission(client: Transport, id: number, params?: DeleteSubmissionParams): Promise<ApiResult<DeletedResponse>>;
/**
 * Get one actor with the roles they hold.
 *
 * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /actors/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifNoneMatch, signal, headers, retry.
 * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getActor(client: Transport, id: number, params: GetActorParams & {
    ifNoneMatch: string | undefined;
}): Promise<ApiResult<ActorDetailResponse> | NotModifiedResult>;
export declare function getActor(client: Transport, id: number, params?: GetActorParams): Promise<ApiResult<ActorDetailResponse>>;
/**
 * Get one appointment.
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /appointments/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifNoneMatch, signal, headers, retry.
 * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getAppointment(client: Transport, id: number, params: GetAppointmentParams & {
    ifNoneMatch: string | undefined;
}): Promise<ApiResult<AppointmentResponse> | NotModifiedResult>;
export declare function getAppointment(client: Transport, id: number, params?: GetAppointmentParams): Promise<ApiResult<AppointmentResponse>>;
/**
 * One open breakdown, by its role's id (404 when the role is not listed).
 *
 * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /breakdowns/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getBreakdown(client: Transport, id: number, params?: GetBreakdownParams): Promise<ApiResult<BreakdownResponse>>;
/**
 * Get one movie with its cast.
 *
 * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /movies/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifNoneMatch, signal, headers, retry.
 * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getMovie(client: Transport, id: number, params: GetMovieParams & {
    ifNoneMatch: string | undefined;
}): Promise<ApiResult<MovieDetailResponse> | NotModifiedResult>;
export declare function getMovie(client: Transport, id: number, params?: GetMovieParams): Promise<ApiResult<MovieDetailResponse>>;
/**
 * The movie's team, by added_at then sub.
 *
 * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /movies/{id}/team`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getMovieTeam(client: Transport, id: number, params?: GetMovieTeamParams): Promise<ApiResult<TeamResponse>>;
/**
 * Get one role.
 *
 * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roles/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifNoneMatch, signal, headers, retry.
 * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getRole(client: Transport, id: number, params: GetRoleParams & {
    ifNoneMatch: string | undefined;
}): Promise<ApiResult<RoleResponse> | NotModifiedResult>;
export declare function getRole(client: Transport, id: number, params?: GetRoleParams): Promise<ApiResult<RoleResponse>>;
/**
 * One of the agency's actors.
 *
 * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roster/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifNoneMatch, signal, headers, retry.
 * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getRosterActor(client: Transport, id: number, params: GetRosterActorParams & {
    ifNoneMatch: string | undefined;
}): Promise<ApiResult<ActorResponse> | NotModifiedResult>;
export declare function getRosterActor(client: Transport, id: number, params?: GetRosterActorParams): Promise<ApiResult<ActorResponse>>;
/**
 * Get one shortlist entry with its appointments (by starts_at).
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /shortlist/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifNoneMatch, signal, headers, retry.
 * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getShortlistEntry(client: Transport, id: number, params: GetShortlistEntryParams & {
    ifNoneMatch: string | undefined;
}): Promise<ApiResult<ShortlistEntryDetailResponse> | NotModifiedResult>;
export declare function getShortlistEntry(client: Transport, id: number, params?: GetShortlistEntryParams): Promise<ApiResult<ShortlistEntryDetailResponse>>;
/**
 * Every status the entry has had, oldest first, with when and by whom ("system" when a rule made it).
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /shortlist/{id}/history`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getShortlistHistory(client: Transport, id: number, params?: GetShortlistHistoryParams): Promise<ApiResult<ShortlistHistoryResponse>>;
/**
 * One submission: the casting team's any, an agency's only its own (404 otherwise).
 *
 * **Permission:** `get:auditions` or `post:submissions` (a bearer token whose `permissions` claim or scope holds one of them). Without a token: 401; without the permission: 403.
 *
 * `GET /submissions/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params ifNoneMatch, signal, headers, retry.
 * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function getSubmission(client: Transport, id: number, params: GetSubmissionParams & {
    ifNoneMatch: string | undefined;
}): Promise<ApiResult<SubmissionResponse> | NotModifiedResult>;
export declare function getSubmission(client: Transport, id: number, params?: GetSubmissionParams): Promise<ApiResult<SubmissionResponse>>;
/**
 * One actor's schedule: the filters and paging of GET /appointments.
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /actors/{id}/appointments`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listActorAppointments(client: Transport, id: number, params?: ListActorAppointmentsParams): Promise<ListResult<ActorAppointmentListResponse, AppointmentDto>>;
/**
 * The roles an actor holds.
 *
 * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /actors/{id}/roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listActorRoles(client: Transport, id: number, params?: ListActorRolesParams): Promise<ApiResult<ActorRolesResponse>>;
/**
 * List actors with paging, sorting, search and filters.
 *
 * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /actors`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listActors(client: Transport, params?: ListActorsParams): Promise<ListResult<ActorListResponse, ActorDto>>;
/**
 * The schedule: appointments with paging, sorting (starts_at by default, or id) and filters.
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /appointments`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listAppointments(client: Transport, params?: ListAppointmentsParams): Promise<ListResult<AppointmentListResponse, AppointmentDto>>;
/**
 * List audit records, newest first, with filters and the paging of lists.
 *
 * **Permission:** `read:audit` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /audit`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listAudit(client: Transport, params?: ListAuditParams): Promise<ListResult<AuditListResponse, AuditRecordDto>>;
/**
 * The open breakdowns, newest published first.
 *
 * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /breakdowns`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listBreakdowns(client: Transport, params?: ListBreakdownsParams): Promise<ListResult<BreakdownListResponse, BreakdownDto>>;
/**
 * All roles of a movie.
 *
 * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /movies/{id}/roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listMovieRoles(client: Transport, id: number, params?: ListMovieRolesParams): Promise<ApiResult<MovieRolesResponse>>;
/**
 * List movies with paging, sorting, search and filters.
 *
 * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /movies`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listMovies(client: Transport, params?: ListMoviesParams): Promise<ListResult<MovieListResponse, MovieDto>>;
/**
 * The actors who fit the role by the casting rule, minus the one cast, narrowed by the actor filters.
 *
 * **Permission:** `get:roles` and `get:actors` (a bearer token whose `permissions` claim or scope holds both). Without a token: 401; without the permission: 403.
 *
 * `GET /roles/{id}/candidates`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listRoleCandidates(client: Transport, id: number, params?: ListRoleCandidatesParams): Promise<ListResult<CandidateListResponse, ActorDto>>;
/**
 * List roles with paging, sorting, search and filters.
 *
 * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roles`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listRoles(client: Transport, params?: ListRolesParams): Promise<ListResult<RoleListResponse, RoleDto>>;
/**
 * The role's shortlist with paging, sorting (id, created_at, status) and filters (status any-of, actor_id).
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roles/{id}/shortlist`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listRoleShortlist(client: Transport, id: number, params?: ListRoleShortlistParams): Promise<ListResult<ShortlistListResponse, ShortlistEntryDto>>;
/**
 * A role's submissions, for the casting team.
 *
 * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roles/{id}/submissions`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listRoleSubmissions(client: Transport, id: number, params?: ListRoleSubmissionsParams): Promise<ListResult<RoleSubmissionListResponse, SubmissionDto>>;
/**
 * The agency's actors, with the filters, sorting and paging of GET /actors.
 *
 * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /roster`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listRoster(client: Transport, params?: ListRosterParams): Promise<ListResult<ActorListResponse, ActorDto>>;
/**
 * The agency's own submissions, newest first.
 *
 * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `GET /submissions`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param params Query parameters (snake_case), signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function listSubmissions(client: Transport, params?: ListSubmissionsParams): Promise<ListResult<SubmissionListResponse, SubmissionDto>>;
/**
 * Add the subject to the team (201, Location: the team) or replace its position and name (200). The sub is URL-encoded in the path (auth0|abc is auth0%7Cabc; a / is %2F), 1–255 characters.
 *
 * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PUT /movies/{id}/team/{sub}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
 * @param body The body of `PUT /movies/{id}/team/{sub}`: adds the subject to the team, or replaces its position and name.
 * @param params signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function putMovieTeamMember(client: Transport, id: number, sub: string, body: PutTeamMemberCommand, params?: PutMovieTeamMemberParams): Promise<ApiResult<TeamMemberResponse>>;
/**
 * Change the properties present in the body. Honours If-Match. A new age or gender that no longer fits a role the actor holds is refused with 409.
 *
 * **Permission:** `patch:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /actors/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function updateActor(client: Transport, id: number, body: UpdateActorCommand, params?: UpdateActorParams): Promise<ApiResult<ActorResponse>>;
/**
 * Reschedule (starts_at, ends_at, location: the appointment becomes scheduled again; no overlap) or move the status (scheduled → confirmed | declined | completed | no_show | canceled; confirmed → completed | no_show | canceled | declined). Honours If-Match.
 *
 * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /appointments/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /appointments/{id}`: a reschedule (starts_at, ends_at, location) or a status move.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function updateAppointment(client: Transport, id: number, body: UpdateAppointmentCommand, params?: UpdateAppointmentParams): Promise<ApiResult<AppointmentResponse>>;
/**
 * Change the properties present in the body. Honours If-Match.
 *
 * **Permission:** `patch:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /movies/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /movies/{id}`: only the properties present change; null clears an optional one.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function updateMovie(client: Transport, id: number, body: UpdateMovieCommand, params?: UpdateMovieParams): Promise<ApiResult<MovieResponse>>;
/**
 * Change the properties present in the body: terms, movie, or the actor cast (null uncasts). Honours If-Match. An actor who does not fit is refused with 409.
 *
 * **Permission:** `patch:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /roles/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /roles/{id}`: only the properties present change. `actor_id: null`
 * leaves the role open; `description: null` clears it; the other fields must not be null.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function updateRole(client: Transport, id: number, body: UpdateRoleCommand, params?: UpdateRoleParams): Promise<ApiResult<RoleResponse>>;
/**
 * Change the properties present in the body, as PATCH /actors (agency_id excepted). Honours If-Match.
 *
 * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /roster/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function updateRosterActor(client: Transport, id: number, body: UpdateActorCommand, params?: UpdateRosterActorParams): Promise<ApiResult<ActorResponse>>;
/**
 * Move the entry along the allowed edges (shortlisted → callback | offered | released; callback → offered | released; offered → cast | declined | released; released → shortlisted) and/or change its note. Offering and casting also need patch:roles (403); cast casts the role, releases the other entries and cancels the actor's open appointments for the role. Honours If-Match.
 *
 * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /shortlist/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /shortlist/{id}`: a status move along the allowed edges and/or the note.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function updateShortlistEntry(client: Transport, id: number, body: UpdateShortlistEntryCommand, params?: UpdateShortlistEntryParams): Promise<ApiResult<ShortlistEntryResponse>>;
/**
 * Select (shortlisting the actor for the role in the same write) or reject a submitted one. Honours If-Match. Selecting is refused with 409, nothing changed, when the role is cast, already lists the actor or the actor no longer fits; a decided submission cannot change.
 *
 * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
 *
 * `PATCH /submissions/{id}`
 * @param client The transport: `createTransport(baseUrl, options)`, or `api.transport`.
 * @param id The resource id.
 * @param body The body of `PATCH /submissions/{id}`: the casting team's decision.
 * @param params ifMatch, signal, headers, retry.
 * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
 */
export declare function updateSubmission(client: Transport, id: number, body: ReviewSubmissionCommand, params?: UpdateSubmissionParams): Promise<ApiResult<SubmissionResponse>>;
/**
 * Casting Agency API v1: one method per operation.
 *
 * Arguments: the path parameters, then the body (if any), then one object with the query parameters
 * (snake_case, as on the wire) and the request options (signal, headers, ifMatch, ifNoneMatch, idempotencyKey).
 * Every method resolves to an ApiResult ({ data, status, etag, location, headers }; lists add items, total,
 * nextCursor) and rejects with an ApiError. Works in browsers and in Node 18+ (global fetch).
 */
export declare class CastingAgencyApi {
    /** The transport every method sends through; the per-operation functions take it too: `getActor(api.transport, 1)`. */
    readonly transport: Transport;
    constructor(options: ClientOptions);
    /**
     * Book an audition or callback for the entry (shortlisted or callback; a callback needs callback). An actor's appointments never overlap: an overlap is refused with 409 naming the other appointment.
     *
     * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /shortlist/{id}/appointments`
     * @param id The resource id.
     * @param body The body of `POST /shortlist/{id}/appointments`.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    bookAppointment(id: number, body: BookAppointmentCommand, params?: BookAppointmentParams): Promise<ApiResult<AppointmentCreatedResponse>>;
    /**
     * Create an actor.
     *
     * **Permission:** `post:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /actors`
     * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createActor(body: CreateActorCommand, params?: CreateActorParams): Promise<ApiResult<ActorCreatedResponse>>;
    /**
     * Create a movie.
     *
     * **Permission:** `post:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /movies`
     * @param body The body of `POST /movies`.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createMovie(body: CreateMovieCommand, params?: CreateMovieParams): Promise<ApiResult<MovieCreatedResponse>>;
    /**
     * Create a role, optionally cast with an actor who fits it.
     *
     * **Permission:** `post:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roles`
     * @param body The body of `POST /roles`. Value types are nullable so that a missing required field is a 422.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createRole(body: CreateRoleCommand, params?: CreateRoleParams): Promise<ApiResult<RoleCreatedResponse>>;
    /**
     * Add an actor to the agency's roster (an actor body, as POST /actors; agency_id is the caller's).
     *
     * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roster`
     * @param body The body of `POST /actors`. Enums are wire names, matched case-insensitively.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createRosterActor(body: CreateActorCommand, params?: CreateRosterActorParams): Promise<ApiResult<ActorCreatedResponse>>;
    /**
     * Shortlist an actor for the role. The actor must fit it by the casting rule; a role lists an actor at most once, and a role that is cast takes no new entries (409).
     *
     * **Permission:** `post:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /roles/{id}/shortlist`
     * @param id The resource id.
     * @param body The body of `POST /roles/{id}/shortlist`.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createShortlistEntry(id: number, body: CreateShortlistEntryCommand, params?: CreateShortlistEntryParams): Promise<ApiResult<ShortlistEntryCreatedResponse>>;
    /**
     * Submit an actor of the agency's roster to an open breakdown (422 when the actor is not on the roster, 404 when the breakdown is not listed, 409 when the actor does not fit the role or is already submitted to it).
     *
     * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `POST /breakdowns/{id}/submissions`
     * @param id The resource id.
     * @param body The body of `POST /breakdowns/{role_id}/submissions`: a roster actor, and a note for the casting team.
     * @param params idempotencyKey, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    createSubmission(id: number, body: CreateSubmissionCommand, params?: CreateSubmissionParams): Promise<ApiResult<SubmissionCreatedResponse>>;
    /**
     * Delete an actor; the roles they held become open. Honours If-Match.
     *
     * **Permission:** `delete:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /actors/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteActor(id: number, params?: DeleteActorParams): Promise<ApiResult<DeletedResponse>>;
    /**
     * Delete an appointment. Honours If-Match.
     *
     * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /appointments/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteAppointment(id: number, params?: DeleteAppointmentParams): Promise<ApiResult<DeletedResponse>>;
    /**
     * Delete a movie and its roles. Honours If-Match.
     *
     * **Permission:** `delete:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /movies/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteMovie(id: number, params?: DeleteMovieParams): Promise<ApiResult<DeletedResponse>>;
    /**
     * Take the subject off the team (404 when it is not on it).
     *
     * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /movies/{id}/team/{sub}`
     * @param id The resource id.
     * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteMovieTeamMember(id: number, sub: string, params?: DeleteMovieTeamMemberParams): Promise<ApiResult<TeamMemberDeletedResponse>>;
    /**
     * Delete a role. Honours If-Match.
     *
     * **Permission:** `delete:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /roles/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteRole(id: number, params?: DeleteRoleParams): Promise<ApiResult<DeletedResponse>>;
    /**
     * Remove an entry that is not cast (409 if it is), with its appointments. Honours If-Match.
     *
     * **Permission:** `delete:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /shortlist/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteShortlistEntry(id: number, params?: DeleteShortlistEntryParams): Promise<ApiResult<DeletedResponse>>;
    /**
     * Withdraw one of the agency's submissions while it is submitted (409 once decided). Honours If-Match.
     *
     * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `DELETE /submissions/{id}`
     * @param id The resource id.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    deleteSubmission(id: number, params?: DeleteSubmissionParams): Promise<ApiResult<DeletedResponse>>;
    /**
     * Get one actor with the roles they hold.
     *
     * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers, retry.
     * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getActor(id: number, params: GetActorParams & {
        ifNoneMatch: string | undefined;
    }): Promise<ApiResult<ActorDetailResponse> | NotModifiedResult>;
    getActor(id: number, params?: GetActorParams): Promise<ApiResult<ActorDetailResponse>>;
    /**
     * Get one appointment.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /appointments/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers, retry.
     * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getAppointment(id: number, params: GetAppointmentParams & {
        ifNoneMatch: string | undefined;
    }): Promise<ApiResult<AppointmentResponse> | NotModifiedResult>;
    getAppointment(id: number, params?: GetAppointmentParams): Promise<ApiResult<AppointmentResponse>>;
    /**
     * One open breakdown, by its role's id (404 when the role is not listed).
     *
     * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /breakdowns/{id}`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getBreakdown(id: number, params?: GetBreakdownParams): Promise<ApiResult<BreakdownResponse>>;
    /**
     * Get one movie with its cast.
     *
     * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers, retry.
     * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getMovie(id: number, params: GetMovieParams & {
        ifNoneMatch: string | undefined;
    }): Promise<ApiResult<MovieDetailResponse> | NotModifiedResult>;
    getMovie(id: number, params?: GetMovieParams): Promise<ApiResult<MovieDetailResponse>>;
    /**
     * The movie's team, by added_at then sub.
     *
     * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies/{id}/team`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getMovieTeam(id: number, params?: GetMovieTeamParams): Promise<ApiResult<TeamResponse>>;
    /**
     * Get one role.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers, retry.
     * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getRole(id: number, params: GetRoleParams & {
        ifNoneMatch: string | undefined;
    }): Promise<ApiResult<RoleResponse> | NotModifiedResult>;
    getRole(id: number, params?: GetRoleParams): Promise<ApiResult<RoleResponse>>;
    /**
     * One of the agency's actors.
     *
     * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roster/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers, retry.
     * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getRosterActor(id: number, params: GetRosterActorParams & {
        ifNoneMatch: string | undefined;
    }): Promise<ApiResult<ActorResponse> | NotModifiedResult>;
    getRosterActor(id: number, params?: GetRosterActorParams): Promise<ApiResult<ActorResponse>>;
    /**
     * Get one shortlist entry with its appointments (by starts_at).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /shortlist/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers, retry.
     * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getShortlistEntry(id: number, params: GetShortlistEntryParams & {
        ifNoneMatch: string | undefined;
    }): Promise<ApiResult<ShortlistEntryDetailResponse> | NotModifiedResult>;
    getShortlistEntry(id: number, params?: GetShortlistEntryParams): Promise<ApiResult<ShortlistEntryDetailResponse>>;
    /**
     * Every status the entry has had, oldest first, with when and by whom ("system" when a rule made it).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /shortlist/{id}/history`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getShortlistHistory(id: number, params?: GetShortlistHistoryParams): Promise<ApiResult<ShortlistHistoryResponse>>;
    /**
     * One submission: the casting team's any, an agency's only its own (404 otherwise).
     *
     * **Permission:** `get:auditions` or `post:submissions` (a bearer token whose `permissions` claim or scope holds one of them). Without a token: 401; without the permission: 403.
     *
     * `GET /submissions/{id}`
     * @param id The resource id.
     * @param params ifNoneMatch, signal, headers, retry.
     * @returns The result, or with `ifNoneMatch` a NotModifiedResult (`notModified: true`) when the resource still has that ETag.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    getSubmission(id: number, params: GetSubmissionParams & {
        ifNoneMatch: string | undefined;
    }): Promise<ApiResult<SubmissionResponse> | NotModifiedResult>;
    getSubmission(id: number, params?: GetSubmissionParams): Promise<ApiResult<SubmissionResponse>>;
    /**
     * One actor's schedule: the filters and paging of GET /appointments.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}/appointments`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listActorAppointments(id: number, params?: ListActorAppointmentsParams): Promise<ListResult<ActorAppointmentListResponse, AppointmentDto>>;
    /**
     * The roles an actor holds.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors/{id}/roles`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listActorRoles(id: number, params?: ListActorRolesParams): Promise<ApiResult<ActorRolesResponse>>;
    /**
     * List actors with paging, sorting, search and filters.
     *
     * **Permission:** `get:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /actors`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listActors(params?: ListActorsParams): Promise<ListResult<ActorListResponse, ActorDto>>;
    /**
     * The schedule: appointments with paging, sorting (starts_at by default, or id) and filters.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /appointments`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listAppointments(params?: ListAppointmentsParams): Promise<ListResult<AppointmentListResponse, AppointmentDto>>;
    /**
     * List audit records, newest first, with filters and the paging of lists.
     *
     * **Permission:** `read:audit` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /audit`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listAudit(params?: ListAuditParams): Promise<ListResult<AuditListResponse, AuditRecordDto>>;
    /**
     * The open breakdowns, newest published first.
     *
     * **Permission:** `get:breakdowns` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /breakdowns`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listBreakdowns(params?: ListBreakdownsParams): Promise<ListResult<BreakdownListResponse, BreakdownDto>>;
    /**
     * All roles of a movie.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies/{id}/roles`
     * @param id The resource id.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listMovieRoles(id: number, params?: ListMovieRolesParams): Promise<ApiResult<MovieRolesResponse>>;
    /**
     * List movies with paging, sorting, search and filters.
     *
     * **Permission:** `get:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /movies`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listMovies(params?: ListMoviesParams): Promise<ListResult<MovieListResponse, MovieDto>>;
    /**
     * The actors who fit the role by the casting rule, minus the one cast, narrowed by the actor filters.
     *
     * **Permission:** `get:roles` and `get:actors` (a bearer token whose `permissions` claim or scope holds both). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/candidates`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoleCandidates(id: number, params?: ListRoleCandidatesParams): Promise<ListResult<CandidateListResponse, ActorDto>>;
    /**
     * List roles with paging, sorting, search and filters.
     *
     * **Permission:** `get:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoles(params?: ListRolesParams): Promise<ListResult<RoleListResponse, RoleDto>>;
    /**
     * The role's shortlist with paging, sorting (id, created_at, status) and filters (status any-of, actor_id).
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/shortlist`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoleShortlist(id: number, params?: ListRoleShortlistParams): Promise<ListResult<ShortlistListResponse, ShortlistEntryDto>>;
    /**
     * A role's submissions, for the casting team.
     *
     * **Permission:** `get:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roles/{id}/submissions`
     * @param id The resource id.
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoleSubmissions(id: number, params?: ListRoleSubmissionsParams): Promise<ListResult<RoleSubmissionListResponse, SubmissionDto>>;
    /**
     * The agency's actors, with the filters, sorting and paging of GET /actors.
     *
     * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /roster`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listRoster(params?: ListRosterParams): Promise<ListResult<ActorListResponse, ActorDto>>;
    /**
     * The agency's own submissions, newest first.
     *
     * **Permission:** `post:submissions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `GET /submissions`
     * @param params Query parameters (snake_case), signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    listSubmissions(params?: ListSubmissionsParams): Promise<ListResult<SubmissionListResponse, SubmissionDto>>;
    /**
     * Add the subject to the team (201, Location: the team) or replace its position and name (200). The sub is URL-encoded in the path (auth0|abc is auth0%7Cabc; a / is %2F), 1–255 characters.
     *
     * **Permission:** `manage:teams` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PUT /movies/{id}/team/{sub}`
     * @param id The resource id.
     * @param sub A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–255 characters.
     * @param body The body of `PUT /movies/{id}/team/{sub}`: adds the subject to the team, or replaces its position and name.
     * @param params signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    putMovieTeamMember(id: number, sub: string, body: PutTeamMemberCommand, params?: PutMovieTeamMemberParams): Promise<ApiResult<TeamMemberResponse>>;
    /**
     * Change the properties present in the body. Honours If-Match. A new age or gender that no longer fits a role the actor holds is refused with 409.
     *
     * **Permission:** `patch:actors` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /actors/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateActor(id: number, body: UpdateActorCommand, params?: UpdateActorParams): Promise<ApiResult<ActorResponse>>;
    /**
     * Reschedule (starts_at, ends_at, location: the appointment becomes scheduled again; no overlap) or move the status (scheduled → confirmed | declined | completed | no_show | canceled; confirmed → completed | no_show | canceled | declined). Honours If-Match.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /appointments/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /appointments/{id}`: a reschedule (starts_at, ends_at, location) or a status move.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateAppointment(id: number, body: UpdateAppointmentCommand, params?: UpdateAppointmentParams): Promise<ApiResult<AppointmentResponse>>;
    /**
     * Change the properties present in the body. Honours If-Match.
     *
     * **Permission:** `patch:movies` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /movies/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /movies/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateMovie(id: number, body: UpdateMovieCommand, params?: UpdateMovieParams): Promise<ApiResult<MovieResponse>>;
    /**
     * Change the properties present in the body: terms, movie, or the actor cast (null uncasts). Honours If-Match. An actor who does not fit is refused with 409.
     *
     * **Permission:** `patch:roles` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /roles/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /roles/{id}`: only the properties present change. `actor_id: null`
     * leaves the role open; `description: null` clears it; the other fields must not be null.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateRole(id: number, body: UpdateRoleCommand, params?: UpdateRoleParams): Promise<ApiResult<RoleResponse>>;
    /**
     * Change the properties present in the body, as PATCH /actors (agency_id excepted). Honours If-Match.
     *
     * **Permission:** `manage:roster` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /roster/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateRosterActor(id: number, body: UpdateActorCommand, params?: UpdateRosterActorParams): Promise<ApiResult<ActorResponse>>;
    /**
     * Move the entry along the allowed edges (shortlisted → callback | offered | released; callback → offered | released; offered → cast | declined | released; released → shortlisted) and/or change its note. Offering and casting also need patch:roles (403); cast casts the role, releases the other entries and cancels the actor's open appointments for the role. Honours If-Match.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /shortlist/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /shortlist/{id}`: a status move along the allowed edges and/or the note.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateShortlistEntry(id: number, body: UpdateShortlistEntryCommand, params?: UpdateShortlistEntryParams): Promise<ApiResult<ShortlistEntryResponse>>;
    /**
     * Select (shortlisting the actor for the role in the same write) or reject a submitted one. Honours If-Match. Selecting is refused with 409, nothing changed, when the role is cast, already lists the actor or the actor no longer fits; a decided submission cannot change.
     *
     * **Permission:** `patch:auditions` (a bearer token whose `permissions` claim or scope holds it). Without a token: 401; without the permission: 403.
     *
     * `PATCH /submissions/{id}`
     * @param id The resource id.
     * @param body The body of `PATCH /submissions/{id}`: the casting team's decision.
     * @param params ifMatch, signal, headers, retry.
     * @throws ApiError for every failure: a problem answer, network, abort, invalid argument.
     */
    updateSubmission(id: number, body: ReviewSubmissionCommand, params?: UpdateSubmissionParams): Promise<ApiResult<SubmissionResponse>>;
    /** Async iterators over every item of a list: `for await (const actor of api.all.listActors({ gender: ["female"] }))`. */
    readonly all: {
        /** Every item of `listActorAppointments`, page after page by `next_cursor` (`include_total=false` unless given). */
        listActorAppointments: (id: number, params?: Omit<ListActorAppointmentsParams, "page">) => AsyncGenerator<AppointmentDto, void, undefined>;
        /** Every item of `listActors`, page after page by `next_cursor` (`include_total=false` unless given). */
        listActors: (params?: Omit<ListActorsParams, "page">) => AsyncGenerator<ActorDto, void, undefined>;
        /** Every item of `listAppointments`, page after page by `next_cursor` (`include_total=false` unless given). */
        listAppointments: (params?: Omit<ListAppointmentsParams, "page">) => AsyncGenerator<AppointmentDto, void, undefined>;
        /** Every item of `listAudit`, page after page by `next_cursor` (`include_total=false` unless given). */
        listAudit: (params?: Omit<ListAuditParams, "page">) => AsyncGenerator<AuditRecordDto, void, undefined>;
        /** Every item of `listBreakdowns`, page after page by `next_cursor` (`include_total=false` unless given). */
        listBreakdowns: (params?: Omit<ListBreakdownsParams, "page">) => AsyncGenerator<BreakdownDto, void, undefined>;
        /** Every item of `listMovies`, page after page by `next_cursor` (`include_total=false` unless given). */
        listMovies: (params?: Omit<ListMoviesParams, "page">) => AsyncGenerator<MovieDto, void, undefined>;
        /** Every item of `listRoleCandidates`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleCandidates: (id: number, params?: Omit<ListRoleCandidatesParams, "page">) => AsyncGenerator<ActorDto, void, undefined>;
        /** Every item of `listRoles`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoles: (params?: Omit<ListRolesParams, "page">) => AsyncGenerator<RoleDto, void, undefined>;
        /** Every item of `listRoleShortlist`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleShortlist: (id: number, params?: Omit<ListRoleShortlistParams, "page">) => AsyncGenerator<ShortlistEntryDto, void, undefined>;
        /** Every item of `listRoleSubmissions`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoleSubmissions: (id: number, params?: Omit<ListRoleSubmissionsParams, "page">) => AsyncGenerator<SubmissionDto, void, undefined>;
        /** Every item of `listRoster`, page after page by `next_cursor` (`include_total=false` unless given). */
        listRoster: (params?: Omit<ListRosterParams, "page">) => AsyncGenerator<ActorDto, void, undefined>;
        /** Every item of `listSubmissions`, page after page by `next_cursor` (`include_total=false` unless given). */
        listSubmissions: (params?: Omit<ListSubmissionsParams, "page">) => AsyncGenerator<SubmissionDto, void, undefined>;
    };
    /** Async iterators over every page of a list (each a ListResult): `for await (const page of api.pages.listMovies())`. */
    readonly pages: {
        /** Every page of `listActorAppointments` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listActorAppointments: (id: number, params?: Omit<ListActorAppointmentsParams, "page">) => AsyncGenerator<ListResult<ActorAppointmentListResponse, AppointmentDto>, void, undefined>;
        /** Every page of `listActors` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listActors: (params?: Omit<ListActorsParams, "page">) => AsyncGenerator<ListResult<ActorListResponse, ActorDto>, void, undefined>;
        /** Every page of `listAppointments` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listAppointments: (params?: Omit<ListAppointmentsParams, "page">) => AsyncGenerator<ListResult<AppointmentListResponse, AppointmentDto>, void, undefined>;
        /** Every page of `listAudit` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listAudit: (params?: Omit<ListAuditParams, "page">) => AsyncGenerator<ListResult<AuditListResponse, AuditRecordDto>, void, undefined>;
        /** Every page of `listBreakdowns` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listBreakdowns: (params?: Omit<ListBreakdownsParams, "page">) => AsyncGenerator<ListResult<BreakdownListResponse, BreakdownDto>, void, undefined>;
        /** Every page of `listMovies` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listMovies: (params?: Omit<ListMoviesParams, "page">) => AsyncGenerator<ListResult<MovieListResponse, MovieDto>, void, undefined>;
        /** Every page of `listRoleCandidates` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleCandidates: (id: number, params?: Omit<ListRoleCandidatesParams, "page">) => AsyncGenerator<ListResult<CandidateListResponse, ActorDto>, void, undefined>;
        /** Every page of `listRoles` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoles: (params?: Omit<ListRolesParams, "page">) => AsyncGenerator<ListResult<RoleListResponse, RoleDto>, void, undefined>;
        /** Every page of `listRoleShortlist` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleShortlist: (id: number, params?: Omit<ListRoleShortlistParams, "page">) => AsyncGenerator<ListResult<ShortlistListResponse, ShortlistEntryDto>, void, undefined>;
        /** Every page of `listRoleSubmissions` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoleSubmissions: (id: number, params?: Omit<ListRoleSubmissionsParams, "page">) => AsyncGenerator<ListResult<RoleSubmissionListResponse, SubmissionDto>, void, undefined>;
        /** Every page of `listRoster` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listRoster: (params?: Omit<ListRosterParams, "page">) => AsyncGenerator<ListResult<ActorListResponse, ActorDto>, void, undefined>;
        /** Every page of `listSubmissions` as a ListResult, by `next_cursor` (`include_total=false` unless given). */
        listSubmissions: (params?: Omit<ListSubmissionsParams, "page">) => AsyncGenerator<ListResult<SubmissionListResponse, SubmissionDto>, void, undefined>;
    };
}
/** The usual way to make a client: `createClient("https://api.example.com", { getAccessToken: () => token })`. */
export declare function createClient(baseUrl: string, options?: Omit<ClientOptions, "baseUrl">): CastingAgencyApi;
//# sourceMappingURL=api.d.ts.map