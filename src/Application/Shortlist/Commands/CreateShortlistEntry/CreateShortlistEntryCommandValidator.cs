namespace CastingAgency.Application.Shortlist.Commands.CreateShortlistEntry;

public sealed class CreateShortlistEntryCommandValidator() : ShortlistFieldsValidator<CreateShortlistEntryCommand>(patch: false);
