package org.schoolhub.command.family;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.schoolhub.command.web.CommandSender;
import org.schoolhub.shared.commands.AddChild;
import org.schoolhub.shared.commands.AddGuardian;
import org.schoolhub.shared.commands.RemoveGuardian;
import org.schoolhub.shared.commands.EnrolFamily;
import org.schoolhub.shared.commands.ErasePersonalData;
import org.schoolhub.shared.commands.RemoveChild;
import org.schoolhub.shared.commands.WithdrawFamily;
import org.schoolhub.support.web.Caller;
import org.schoolhub.shared.values.ChildDetails;
import org.schoolhub.shared.values.Community;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.support.web.Role;
import org.schoolhub.shared.values.Refusals;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enrolment, children, withdrawal and erasure (API.md, Families): the writing half. */
@RestController
@RequestMapping("/api/families")
@Tag(name = "Families")
class FamilyCommandController {

    private final CommandSender commands;
    private final PasswordEncoder passwords;
    private final Community community;

    FamilyCommandController(CommandSender commands, PasswordEncoder passwords, Community community) {
        this.commands = commands;
        this.passwords = passwords;
        this.community = community;
    }

    @PostMapping
    @Refusals({ErrorCode.DUPLICATE_EMAIL})
    @ApiResponse(responseCode = "201", description = "Enrolled; Location names the new family", useReturnTypeSchema = true)
    @Operation(summary = "Enrol a family (COORDINATOR)")
    ResponseEntity<EnrolmentAnswer> enrol(@Valid @RequestBody EnrolmentRequest request, Caller caller) {
        caller.requireRole(Role.COORDINATOR);
        UUID familyId = UUID.randomUUID();
        List<ChildDetails> children = request.children() == null ? List.of()
                : request.children().stream().map(child -> child.withId(UUID.randomUUID())).toList();
        String hash = passwords.encode(request.password());
        commands.send(new EnrolFamily(familyId, community.communityId(), UUID.randomUUID(), request.name().strip(),
                request.email().strip(), hash, children), caller, ErrorCode.FAMILY_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/families/" + familyId)).body(EnrolmentAnswer.of(familyId, children));
    }

    @PostMapping("/{familyId}/guardians")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN, ErrorCode.DUPLICATE_EMAIL})
    @ApiResponse(responseCode = "201", description = "Added; the guardian logs in with its own e-mail and password",
            useReturnTypeSchema = true)
    @Operation(summary = "Add a guardian with its own login (that family or COORDINATOR)")
    ResponseEntity<GuardianAnswer> addGuardian(@PathVariable UUID familyId, @Valid @RequestBody GuardianRequest request,
                                               Caller caller) {
        caller.requireActingFor(familyId);
        UUID guardianId = UUID.randomUUID();
        commands.send(new AddGuardian(familyId, guardianId, request.name().strip(), request.email().strip(),
                passwords.encode(request.password())), caller, ErrorCode.FAMILY_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/families/" + familyId)).body(new GuardianAnswer(guardianId));
    }

    @DeleteMapping("/{familyId}/guardians/{guardianId}")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN, ErrorCode.NOT_FOUND, ErrorCode.LAST_GUARDIAN})
    @ApiResponse(responseCode = "204", description = "Removed; its login no longer works")
    @Operation(summary = "Remove a guardian, never the last one (that family or COORDINATOR)")
    ResponseEntity<Void> removeGuardian(@PathVariable UUID familyId, @PathVariable UUID guardianId, Caller caller) {
        caller.requireActingFor(familyId);
        commands.send(new RemoveGuardian(familyId, guardianId), caller, ErrorCode.FAMILY_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{familyId}/children")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN})
    @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
    @Operation(summary = "Register a child (that family or COORDINATOR)")
    ResponseEntity<ChildAdded> addChild(@PathVariable UUID familyId, @Valid @RequestBody ChildRequest request,
                                        Caller caller) {
        caller.requireActingFor(familyId);
        UUID childId = UUID.randomUUID();
        commands.send(new AddChild(familyId, request.withId(childId)), caller, ErrorCode.FAMILY_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/families/" + familyId)).body(new ChildAdded(childId));
    }

    @DeleteMapping("/{familyId}/children/{childId}")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN, ErrorCode.NOT_FOUND})
    @ApiResponse(responseCode = "204", description = "Removed")
    @Operation(summary = "Remove a child (that family or COORDINATOR)")
    ResponseEntity<Void> removeChild(@PathVariable UUID familyId, @PathVariable UUID childId, Caller caller) {
        caller.requireActingFor(familyId);
        commands.send(new RemoveChild(familyId, childId), caller, ErrorCode.FAMILY_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{familyId}/withdrawal")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_WITHDRAWN, ErrorCode.BALANCE_NOT_ZERO})
    @Operation(summary = "Withdraw a family with a zero SEL balance (that family or COORDINATOR)")
    Withdrawal withdraw(@PathVariable UUID familyId, Caller caller) {
        caller.requireActingFor(familyId);
        commands.send(new WithdrawFamily(familyId, community.communityId()), caller, ErrorCode.FAMILY_NOT_FOUND);
        return Withdrawal.of(familyId);
    }

    @DeleteMapping("/{familyId}/personal-data")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND, ErrorCode.FAMILY_NOT_WITHDRAWN})
    @ApiResponse(responseCode = "204", description = "Erased")
    @Operation(summary = "Erase a withdrawn family's personal data (OPERATOR)")
    ResponseEntity<Void> erase(@PathVariable UUID familyId, Caller caller) {
        caller.requireRole(Role.OPERATOR);
        commands.send(new ErasePersonalData(familyId), caller, ErrorCode.FAMILY_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }
}
