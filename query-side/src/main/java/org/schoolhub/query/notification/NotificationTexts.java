package org.schoolhub.query.notification;

/**
 * The subject and text of a notification's e-mail. Like the notification itself it names no one
 * and quotes no memo: ids, amounts and instants only, which its family may see in the service.
 */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String subject(NotificationView notification) {
        return "SchoolHub: " + switch (notification.type()) {
            case TRANSFER_RECEIVED -> "you received " + notification.data().amount() + " SEL units";
            case PAYMENT_REQUESTED -> "a family asks you to pay " + notification.data().amount() + " SEL units";
            case PAYMENT_REQUEST_ANSWERED -> "your payment request was " + answer(notification);
            case GROUP_ORDER_CONFIRMED -> "a group order you joined is confirmed";
            case GROUP_ORDER_CANCELLED -> "a group order you joined is cancelled";
            case GROUP_ORDER_DEADLINE_SOON -> "a group order you joined closes soon";
        };
    }

    static String text(NotificationView notification) {
        NotificationView.Data data = notification.data();
        StringBuilder text = new StringBuilder(subject(notification).substring("SchoolHub: ".length()))
                .append(" (").append(notification.at()).append(").\n\n");
        appendIf(text, "Transfer", data.transferId());
        appendIf(text, "Payment request", data.requestId());
        appendIf(text, "Group order", data.groupOrderId());
        appendIf(text, "Expires at", data.expiresAt());
        appendIf(text, "Deadline", data.deadline());
        text.append("\nThe details are in SchoolHub. This message was sent because your family receives its "
                + "notifications by e-mail.\n");
        return text.toString();
    }

    private static String answer(NotificationView notification) {
        String status = notification.data().status();
        return status == null ? "answered" : status.toLowerCase(java.util.Locale.ROOT);
    }

    private static void appendIf(StringBuilder text, String label, Object value) {
        if (value != null) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }
}
