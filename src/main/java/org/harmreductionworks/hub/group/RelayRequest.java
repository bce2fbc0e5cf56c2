package org.harmreductionworks.hub.group;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupMessage", description = "A message for a group's hosts, passed on by e-mail. Nothing is stored.")
public record RelayRequest(
        @NotBlank @Size(min = 10, max = 2000)
        @Schema(description = "What you would like to ask or say.", examples = "Hi, where do you meet? I'd like to come on Tuesday.")
        String message,
        @Email @Size(max = 254) @Schema(description = "Where the hosts can reply; leave it out to stay anonymous.")
        String replyTo,
        @Size(max = 200) @Schema(description = "Leave empty. (Automated senders fill it in.)")
        String website) {
}
