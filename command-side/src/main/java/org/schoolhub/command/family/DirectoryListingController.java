package org.schoolhub.command.family;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.schoolhub.personal.PersonalDataVault;
import org.schoolhub.shared.values.ErrorCode;
import org.schoolhub.shared.values.Refusals;
import org.schoolhub.shared.values.RejectedException;
import org.schoolhub.support.web.Caller;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A family lists itself in the directory or hides from it. A preference about its name, kept with
 * the name in personal data; no event, since the ledger does not depend on it.
 */
@RestController
@Tag(name = "Families")
class DirectoryListingController {

    private final PersonalDataVault vault;

    DirectoryListingController(PersonalDataVault vault) {
        this.vault = vault;
    }

    record Listing(@NotNull Boolean listed) {
    }

    record ListingAnswer(UUID familyId, boolean listed) {
    }

    @PutMapping("/api/me/directory")
    @Refusals({ErrorCode.FAMILY_NOT_FOUND})
    @Operation(summary = "List one's own family in the directory or hide it (MEMBER)")
    ListingAnswer list(@Valid @RequestBody Listing listing, Caller caller) {
        UUID family = caller.familyId();
        if (family == null) {
            throw new RejectedException(ErrorCode.FORBIDDEN);
        }
        vault.setListed(family, listing.listed());
        return new ListingAnswer(family, listing.listed());
    }
}
