/** One actor's schedule: the envelope of GET /appointments with the actor's id (docs/api.md §4). */
export interface ActorAppointmentListResponse {
    success: boolean;
    actor_id: number;
    appointments: AppointmentDto[];
    total_appointments: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
export interface ActorCreatedResponse {
    success: boolean;
    actor: ActorDto;
    created: number;
}
/** An actor with the roles they hold, ordered by role id. */
export interface ActorDetailDto {
    id: number;
    name: string;
    age: number;
    gender: Gender;
    location: string | null;
    passport: boolean;
    driver_license: boolean;
    ethnicity: Ethnicity | null;
    hair_color: HairColor | null;
    eye_color: EyeColor | null;
    body_type: BodyType | null;
    height: number | null;
    description: string | null;
    image_link: string | null;
    /** Present (null when none is on file) only for a caller with get:contacts; absent otherwise. */
    phone?: string | null | undefined;
    /** Present (null when none is on file) only for a caller with get:contacts; absent otherwise. */
    email?: string | null | undefined;
    union_member: boolean;
    /** The talent agency that represents the actor, or null. */
    agency_id: string | null;
    created_at: string;
    updated_at: string;
    /** The roles the actor holds, each with its movie. */
    movies: ActorMovieDto[];
}
export interface ActorDetailResponse {
    success: boolean;
    actor: ActorDetailDto;
}
/** An actor as the API returns it. Enums travel as their wire names. `phone` and `email` are present only for a caller with `get:contacts`. */
export interface ActorDto {
    id: number;
    name: string;
    age: number;
    gender: Gender;
    location: string | null;
    passport: boolean;
    driver_license: boolean;
    ethnicity: Ethnicity | null;
    hair_color: HairColor | null;
    eye_color: EyeColor | null;
    body_type: BodyType | null;
    height: number | null;
    description: string | null;
    image_link: string | null;
    /** Present (null when none is on file) only for a caller with get:contacts; absent otherwise. */
    phone?: string | null | undefined;
    /** Present (null when none is on file) only for a caller with get:contacts; absent otherwise. */
    email?: string | null | undefined;
    union_member: boolean;
    /** The talent agency that represents the actor, or null. */
    agency_id: string | null;
    created_at: string;
    updated_at: string;
}
export interface ActorListResponse {
    success: boolean;
    actors: ActorDto[];
    total_actors: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
/** One role an actor holds: the movie and the role. */
export interface ActorMovieDto {
    movie_id: number;
    title: string;
    role_id: number;
    role_name: string;
}
export interface ActorResponse {
    success: boolean;
    actor: ActorDto;
}
export interface ActorRolesResponse {
    success: boolean;
    actor_id: number;
    roles: RoleDto[];
}
export interface AppointmentCreatedResponse {
    success: boolean;
    appointment: AppointmentDto;
    created: number;
}
/** An appointment as the API returns it; times are UTC. */
export interface AppointmentDto {
    id: number;
    shortlist_id: number;
    role_id: number;
    actor_id: number;
    kind: AppointmentKind;
    starts_at: string;
    ends_at: string;
    location: string | null;
    status: AppointmentStatus;
    created_at: string;
    updated_at: string;
}
/** What an appointment is for. */
export type AppointmentKind = "audition" | "callback";
export interface AppointmentListResponse {
    success: boolean;
    appointments: AppointmentDto[];
    total_appointments: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
export interface AppointmentResponse {
    success: boolean;
    appointment: AppointmentDto;
}
/** The state of an appointment (docs/api.md §9). */
export type AppointmentStatus = "scheduled" | "confirmed" | "declined" | "completed" | "no_show" | "canceled";
/** What a change did to a resource (docs/api.md, "Audit trail"). */
export type AuditAction = "create" | "update" | "delete";
export interface AuditListResponse {
    success: boolean;
    audit: AuditRecordDto[];
    total_audit: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
/** One change a request made to one resource (docs/api.md, "Audit trail"). */
export interface AuditRecordDto {
    id: number;
    /** When the change was committed (UTC). */
    at: string;
    /** The token `sub` of the caller whose request made the change. */
    by: string;
    action: AuditAction;
    /** `movies`, `actors`, `roles`, `shortlist`, `appointments`, `team` or `submissions`. */
    resource: string;
    resource_id: number;
    /** The production the resource belongs to; null for an actor. */
    movie_id: number | null;
    /** `{"field": [old, new]}` for each writable field that changed, by wire name; `phone` and `email`
show `"***"` for a value. */
    changes: {
        [key: string]: any[];
    };
}
export type BodyType = "average" | "slim" | "athletic" | "muscular" | "curvy" | "heavyset" | "plus-sized";
/** The body of `POST /shortlist/{id}/appointments`. */
export interface BookAppointmentCommand {
    kind: AppointmentKind;
    /** ISO 8601 date-time with an offset; stored and returned in UTC. */
    starts_at: string;
    /** ISO 8601 date-time with an offset, after `starts_at`, at most 8 hours later. */
    ends_at: string;
    /** A room, an address or a video link. */
    location?: string | null | undefined;
}
/** A published role as talent agencies see it (contract §13): the part, and of its movie only the title and the company, which the production publishes; never its id, team, cast or release date, confidential or not. */
export interface BreakdownDto {
    role_id: number;
    name: string;
    description: string | null;
    gender: RoleGender;
    min_age: number;
    max_age: number;
    movie_title: string;
    company: string | null;
    published_at: string;
    /** When the breakdown stops taking submissions; null: open until the role is cast. */
    submissions_close_at: string | null;
}
export interface BreakdownListResponse {
    success: boolean;
    breakdowns: BreakdownDto[];
    total_breakdowns: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
export interface BreakdownResponse {
    success: boolean;
    breakdown: BreakdownDto;
}
export interface CandidateListResponse {
    success: boolean;
    role_id: number;
    actors: ActorDto[];
    total_actors: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
/** One cast role of a movie: the role and the actor who holds it. */
export interface CastMemberDto {
    role_id: number;
    role_name: string;
    actor_id: number;
    actor_name: string;
}
/** The body of `POST /actors`. Enums are wire names, matched case-insensitively. */
export interface CreateActorCommand {
    /** Required, 1–200 characters after trimming. */
    name: string;
    /** Required, 0–120. */
    age: number;
    gender: Gender;
    location?: string | null | undefined;
    /** Defaults to false. */
    passport?: boolean | null | undefined;
    /** Defaults to false. */
    driver_license?: boolean | null | undefined;
    ethnicity?: Ethnicity | null | undefined;
    hair_color?: HairColor | null | undefined;
    eye_color?: EyeColor | null | undefined;
    body_type?: BodyType | null | undefined;
    /** Centimetres, 30–300. */
    height?: number | null | undefined;
    description?: string | null | undefined;
    image_link?: string | null | undefined;
    phone?: string | null | undefined;
    email?: string | null | undefined;
    /** Member of a performers' union such as SAG-AFTRA. Defaults to false. */
    union_member?: boolean | null | undefined;
    /** The talent agency that represents the actor (≤ 64 characters); null clears it. Not writable on the roster. */
    agency_id?: string | null | undefined;
}
/** The body of `POST /movies`. */
export interface CreateMovieCommand {
    /** 1–200 characters after trimming. */
    title: string;
    /** YYYY-MM-DD (also YYYY-M-D or an ISO 8601 date-time), 1888-01-01 … 2100-12-31. */
    release_date: string;
    company?: string | null | undefined;
    description?: string | null | undefined;
    /** Seen only by the movie's team and by callers with `read:confidential`. Defaults to false (create: absent or
null). Changing it also needs `manage:teams` (403); sending the current value needs nothing more. */
    confidential?: boolean | null | undefined;
}
/** The body of `POST /roles`. Value types are nullable so that a missing required field is a 422. */
export interface CreateRoleCommand {
    /** The movie the role belongs to; it must exist. */
    movie_id: number;
    /** The actor to cast, if any; they must exist and fit the role. */
    actor_id?: number | null | undefined;
    name: string;
    gender: RoleGender;
    min_age: number;
    max_age: number;
    description?: string | null | undefined;
}
/** The body of `POST /roles/{id}/shortlist`. */
export interface CreateShortlistEntryCommand {
    /** The actor to shortlist; required on create, then fixed. They must exist and fit the role. */
    actor_id: number;
    note?: string | null | undefined;
}
/** The body of `POST /breakdowns/{role_id}/submissions`: a roster actor, and a note for the casting team. */
export interface CreateSubmissionCommand {
    /** Required: an actor on the caller's roster. */
    actor_id: number;
    /** ≤ 2000 characters. */
    note?: string | null | undefined;
}
export interface DeletedResponse {
    success: boolean;
    deleted: number;
}
export type Ethnicity = "asian" | "black" | "latino" | "middle eastern" | "south asian" | "southeast asian" | "white";
export type EyeColor = "amber" | "blue" | "brown" | "gray" | "green" | "hazel" | "red" | "violet";
/** An actor's gender. */
export type Gender = "female" | "male" | "non-binary";
export type HairColor = "black" | "brown" | "blond" | "auburn" | "chestnut" | "red" | "gray" | "white" | "bald";
export interface MovieCreatedResponse {
    success: boolean;
    movie: MovieDto;
    created: number;
}
/** A movie with its cast: the roles that have an actor. */
export interface MovieDetailDto {
    id: number;
    title: string;
    release_date: string;
    company: string | null;
    description: string | null;
    /** Seen only by the movie's team and by callers who see every production. */
    confidential: boolean;
    created_at: string;
    updated_at: string;
    /** The movie's roles that have an actor, each with the role and the actor. */
    cast: CastMemberDto[];
}
export interface MovieDetailResponse {
    success: boolean;
    movie: MovieDetailDto;
}
/** A movie as the API returns it. */
export interface MovieDto {
    id: number;
    title: string;
    release_date: string;
    company: string | null;
    description: string | null;
    /** Seen only by the movie's team and by callers who see every production. */
    confidential: boolean;
    created_at: string;
    updated_at: string;
}
export interface MovieListResponse {
    success: boolean;
    movies: MovieDto[];
    total_movies: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
export interface MovieResponse {
    success: boolean;
    movie: MovieDto;
}
export interface MovieRolesResponse {
    success: boolean;
    movie_id: number;
    roles: RoleDto[];
}
/** RFC 9457 problem details with the legacy success/error/message members (docs/api.md §6). */
export interface ProblemDetails {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    /** Always false on an error. */
    success: boolean;
    /** The HTTP status code again (legacy clients read it). */
    error: number;
    /** The fixed message of the status, e.g. "Resource not found". */
    message: string;
    /** The W3C trace id of the request; the request log carries it too. */
    trace_id: string;
    /** Validation errors, or the one parameter a 403 refuses (email without get:contacts): snake_case field name to its messages. */
    errors?: {
        [key: string]: string[];
    } | undefined;
    [key: string]: any;
}
/** The body of `PUT /movies/{id}/team/{sub}`: adds the subject to the team, or replaces its position and name. */
export interface PutTeamMemberCommand {
    position: TeamPosition;
    /** The member's name as the team knows them (1–200 characters); absent or null: none. */
    name?: string | null | undefined;
}
/** The body of `PATCH /submissions/{id}`: the casting team's decision. */
export interface ReviewSubmissionCommand {
    status?: SubmissionStatus | undefined;
}
export interface RoleCreatedResponse {
    success: boolean;
    role: RoleDto;
    created: number;
}
/** A role as the API returns it. The gender travels as its wire name. */
export interface RoleDto {
    id: number;
    movie_id: number;
    /** The actor cast in the role; null while the role is open. */
    actor_id: number | null;
    name: string;
    gender: RoleGender;
    min_age: number;
    max_age: number;
    description: string | null;
    /** Whether the role is published as a breakdown for talent agencies (PATCH it to change). */
    published: boolean;
    /** When the role was published as a breakdown; null when it is not (read-only). */
    published_at: string | null;
    /** When the breakdown stops taking submissions; null: open until cast. */
    submissions_close_at: string | null;
    created_at: string;
    updated_at: string;
}
/** The gender a role is written for; Any fits every actor. */
export type RoleGender = "female" | "male" | "non-binary" | "any";
export interface RoleListResponse {
    success: boolean;
    roles: RoleDto[];
    total_roles: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
export interface RoleResponse {
    success: boolean;
    role: RoleDto;
}
export interface RoleSubmissionListResponse {
    success: boolean;
    role_id: number;
    submissions: SubmissionDto[];
    total_submissions: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
export interface ShortlistEntryCreatedResponse {
    success: boolean;
    entry: ShortlistEntryDto;
    created: number;
}
/** `GET /shortlist/{id}`: the entry with its appointments, by `starts_at`. */
export interface ShortlistEntryDetailDto {
    id: number;
    role_id: number;
    actor_id: number;
    status: ShortlistStatus;
    note: string | null;
    /** The creator's token `sub`. */
    created_by: string;
    created_at: string;
    updated_at: string;
    appointments: AppointmentDto[];
}
export interface ShortlistEntryDetailResponse {
    success: boolean;
    entry: ShortlistEntryDetailDto;
}
/** A shortlist entry as the API returns it (docs/api.md §9). */
export interface ShortlistEntryDto {
    id: number;
    role_id: number;
    actor_id: number;
    status: ShortlistStatus;
    note: string | null;
    /** The creator's token `sub`. */
    created_by: string;
    created_at: string;
    updated_at: string;
}
export interface ShortlistEntryResponse {
    success: boolean;
    entry: ShortlistEntryDto;
}
/** One status a shortlist entry has had. */
export interface ShortlistHistoryItemDto {
    status: ShortlistStatus;
    at: string;
    /** The token `sub` of whoever made the change, or `system` when a rule made it. */
    by: string;
}
export interface ShortlistHistoryResponse {
    success: boolean;
    shortlist_id: number;
    history: ShortlistHistoryItemDto[];
}
export interface ShortlistListResponse {
    success: boolean;
    role_id: number;
    shortlist: ShortlistEntryDto[];
    total_shortlist: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
/** Where an actor stands in the casting of one role (docs/api.md §9). */
export type ShortlistStatus = "shortlisted" | "callback" | "offered" | "cast" | "declined" | "released";
export interface SubmissionCreatedResponse {
    success: boolean;
    submission: SubmissionDto;
    created: number;
}
/** A submission as the API returns it (contract §13). */
export interface SubmissionDto {
    id: number;
    role_id: number;
    actor_id: number;
    /** The agency that submitted the actor. */
    agency_id: string;
    note: string | null;
    status: SubmissionStatus;
    /** The shortlist entry selecting made: the role's entry of the actor while the submission is selected (one fact,
one place: derived, not stored); null otherwise, or once that entry was removed. */
    shortlist_id: number | null;
    created_at: string;
    updated_at: string;
}
export interface SubmissionListResponse {
    success: boolean;
    submissions: SubmissionDto[];
    total_submissions: number | null;
    page: number | null;
    page_size: number;
    next_cursor: string | null;
}
export interface SubmissionResponse {
    success: boolean;
    submission: SubmissionDto;
}
/** Where an agency's submission stands (contract §13): `selected` and `rejected` are final. */
export type SubmissionStatus = "submitted" | "selected" | "rejected";
/** DELETE of a team member: `deleted` is the sub taken off the team. */
export interface TeamMemberDeletedResponse {
    success: boolean;
    deleted: string;
}
/** A member of a movie's team as the API returns it. The position travels as its wire name. */
export interface TeamMemberDto {
    /** The member's token subject. */
    sub: string;
    name: string | null;
    position: TeamPosition;
    /** When the member was added (UTC). */
    added_at: string;
    /** The subject of whoever added the member. */
    added_by: string;
}
export interface TeamMemberResponse {
    success: boolean;
    member: TeamMemberDto;
}
/** What a member of a production's team does on it (docs/api.md, "Who may see what"). */
export type TeamPosition = "producer" | "director" | "casting_director" | "casting_assistant" | "reader";
export interface TeamResponse {
    success: boolean;
    movie_id: number;
    team: TeamMemberDto[];
}
/** The body of `PATCH /actors/{id}`: only the properties present change; null clears an optional one. */
export interface UpdateActorCommand {
    name?: string | undefined;
    age?: number | undefined;
    gender?: Gender | undefined;
    location?: string | null | undefined;
    passport?: boolean | undefined;
    driver_license?: boolean | undefined;
    ethnicity?: Ethnicity | null | undefined;
    hair_color?: HairColor | null | undefined;
    eye_color?: EyeColor | null | undefined;
    body_type?: BodyType | null | undefined;
    height?: number | null | undefined;
    description?: string | null | undefined;
    image_link?: string | null | undefined;
    phone?: string | null | undefined;
    email?: string | null | undefined;
    union_member?: boolean | undefined;
    agency_id?: string | null | undefined;
}
/** The body of `PATCH /appointments/{id}`: a reschedule (starts_at, ends_at, location) or a status move. */
export interface UpdateAppointmentCommand {
    starts_at?: string | undefined;
    ends_at?: string | undefined;
    location?: string | null | undefined;
    status?: AppointmentStatus | undefined;
}
/** The body of `PATCH /movies/{id}`: only the properties present change; null clears an optional one. */
export interface UpdateMovieCommand {
    title?: string | undefined;
    release_date?: string | undefined;
    company?: string | null | undefined;
    description?: string | null | undefined;
    confidential?: boolean | undefined;
}
/** The body of `PATCH /roles/{id}`: only the properties present change. `actor_id: null` leaves the role open; `description: null` clears it; the other fields must not be null. */
export interface UpdateRoleCommand {
    movie_id?: number | undefined;
    actor_id?: number | null | undefined;
    name?: string | undefined;
    gender?: RoleGender | undefined;
    min_age?: number | undefined;
    max_age?: number | undefined;
    description?: string | null | undefined;
    published?: boolean | undefined;
    submissions_close_at?: string | null | undefined;
}
/** The body of `PATCH /shortlist/{id}`: a status move along the allowed edges and/or the note. */
export interface UpdateShortlistEntryCommand {
    status?: ShortlistStatus | undefined;
    note?: string | null | undefined;
}
//# sourceMappingURL=api-client.d.ts.map