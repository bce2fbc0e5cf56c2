package org.harmreductionworks.hub.group;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.harmreductionworks.hub.common.DelimitedList;
import org.harmreductionworks.hub.common.Network;
import org.harmreductionworks.hub.common.config.HubConfig;
import org.harmreductionworks.hub.common.error.NotFound;
import org.harmreductionworks.hub.common.error.ProblemText;
import org.harmreductionworks.hub.common.error.ProblemType;
import org.harmreductionworks.hub.common.error.ServiceUnavailable;
import org.harmreductionworks.hub.common.i18n.Language;
import org.harmreductionworks.hub.common.ratelimit.RateLimiter;
import org.harmreductionworks.hub.group.GroupEnums.Status;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;

/**
 * Passes a newcomer's message to a group's private address, so groups can share their place or link "on request"
 * without publishing an address. No account is needed and nothing is stored: not the message, not the sender.
 */
@ApplicationScoped
public class ContactRelay {

    private static final Logger LOG = Logger.getLogger(ContactRelay.class);

    @Inject
    RelayMailer mailer;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    HubConfig config;

    @Inject
    MeterRegistry meters;

    /** What a newcomer writes; the honeypot field is one people never see and bots fill in. */
    public record Message(String text, String replyTo, String honeypot) {
    }

    public void send(String slug, Message message, String clientAddress) {
        if (message.honeypot() != null && !message.honeypot().isBlank()) {
            // Answer as if sent, so automated senders learn nothing.
            LOG.debugf("Dropped a relay message to %s: the honeypot field was filled", slug);
            return;
        }
        Recipient recipient = recipient(slug);
        // Writing to several groups is what newcomers do; writing one group again and again is not. A sender's
        // allowance for one group is a tenth of the group's, so one person cannot use up the form others need.
        String sender = senderKey(clientAddress);
        rateLimiter.acquire(new RateLimiter.Limit("relay-sender-group",
                config.limits().relayMessagesPerSenderPerGroupPerDay(), Duration.ofDays(1)), sender + "|" + slug,
                ProblemText.RELAY_SENDER_GROUP_LIMIT);
        rateLimiter.acquire(new RateLimiter.Limit("relay-sender", config.limits().relayMessagesPerSenderPerHour(),
                Duration.ofHours(1)), sender, ProblemText.RELAY_SENDER_LIMIT);
        rateLimiter.acquire(new RateLimiter.Limit("relay-group", config.limits().relayMessagesPerGroupPerDay(),
                Duration.ofDays(1)), slug, ProblemText.RELAY_GROUP_LIMIT);
        Language language = recipient.language();
        StringBuilder body = new StringBuilder()
                .append(RelayText.INTRO.in(language, Network.NAME)).append("\n\n")
                .append(message.text().strip()).append("\n\n");
        if (message.replyTo() != null && !message.replyTo().isBlank()) {
            body.append(RelayText.REPLY_TO.in(language, message.replyTo().strip())).append("\n\n");
        } else {
            body.append(RelayText.NO_REPLY_TO.in(language)).append("\n\n");
        }
        body.append(RelayText.NOTHING_KEPT.in(language)).append('\n');
        Mail mail = Mail.withText(recipient.address(), RelayText.SUBJECT.in(language, recipient.name()),
                body.toString());
        mail.addHeader("Content-Language", language.tag());
        if (message.replyTo() != null && !message.replyTo().isBlank()) {
            mail.setReplyTo(message.replyTo().strip());
        }
        try {
            mailer.send(mail);
            countMail("sent");
        } catch (RelayMailer.MailNotSent e) {
            countMail("failed");
            LOG.errorf("The relay could not hand a message for %s to the mail server: %s", slug, e.getCause());
            throw new ServiceUnavailable(ProblemType.MAIL_UNAVAILABLE, ProblemText.RELAY_MAIL_UNAVAILABLE);
        }
    }

    private void countMail(String outcome) {
        Counter.builder("hrw.relay.messages").baseUnit("messages")
                .description("Messages the contact relay handed to the mail server (sent) or could not (failed: the "
                        + "sender was answered 503)")
                .tag("outcome", outcome)
                .register(meters).increment();
    }

    /**
     * Who is sending, as far as limits go: an IPv4 address, or an IPv6 address's /64, since one connection is
     * usually given a whole /64 and could otherwise count as billions of senders. Hashed before it is stored.
     */
    static String senderKey(String address) {
        if (address == null || !address.contains(":")) {
            return address == null ? "unknown" : address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    /** Where the message goes, and the language its hosts read: the first of the group's that we write. */
    private record Recipient(String address, String name, Language language) {
    }

    @Transactional
    Recipient recipient(String slug) {
        MeetingGroup group = MeetingGroup.find("slug", slug).firstResult();
        if (group == null || (group.status != Status.ACTIVE && group.status != Status.PAUSED)) {
            throw new NotFound(ProblemText.GROUP_UNKNOWN_TO_WRITE, slug);
        }
        Language language = Language.firstWrittenOf(DelimitedList.strings(group.languages)).orElse(Language.ENGLISH);
        return new Recipient(group.privateEmail, group.publicName(), language);
    }
}
