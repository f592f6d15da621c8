namespace CastingAgency.Application.Shortlist.Commands.UpdateShortlistEntry;

public sealed class UpdateShortlistEntryCommandValidator() : ShortlistFieldsValidator<UpdateShortlistEntryCommand>(patch: true);
