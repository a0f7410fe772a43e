package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.FindingGroup;
import org.segmenta.core.interaction.LogProblem.Cause;
import org.segmenta.testing.Screenshots;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.dialogs.LogDialog;

/**
 * The Log dialog asks the interaction service whether Send Attachments has anything to send: on a segment whose lines
 * all have correspondence type None (imported contacts on a template of type None) it is greyed with the reason beneath it, so that the
 * user cannot log with Send and find "0 documents stored"; on the demo's letter segment it can be ticked.
 */
class SendAttachmentsWindowTest extends DemoWindowFixture {

    private static void shot(Shell s, String name) {
        try {
            Screenshots.save(s, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the Log dialog on the segment, lets {@code look} see it once checked, then cancels it. */
    private void logDialog(java.util.function.Consumer<LogDialog> look) {
        wb.openSegment(seg);
        wb.whenDialog("Log Segment", s -> {
            LogDialog d = (LogDialog) s.getData();
            wb.waitUntil(d::checked, "the pre-Log check");
            look.accept(d);
            d.getButton(IDialogConstants.CANCEL_ID).notifyListeners(org.eclipse.swt.SWT.Selection,
                    new org.eclipse.swt.widgets.Event());
        });
        wb.run(UiIds.COMMAND_LOG);
        wb.rethrow();
        wb.spin();
    }

    @Test
    void sendAttachmentsIsGreyedWithTheReasonWhenNoLineHasACorrespondenceType() {
        // as for imported contacts (no preferred type) on a template of type None: every line None
        services.interactions().chooseTemplate(seg, "PHONE", true);
        for (org.segmenta.model.SegmentLine l : services.segments().lines(seg, 0, 10_000)) {
            services.segments().changeLine(seg, l.getLineNo(), java.util.Map.of(
                    org.segmenta.model.SegmentaPackage.Literals.SEGMENT_LINE__CORRESPONDENCE_TYPE,
                    org.segmenta.model.CorrespondenceType.NONE));
        }
        long lines = services.segments().lineCount(seg);
        List<String> seen = new ArrayList<>();
        logDialog(d -> {
            wb.waitUntil(() -> !d.sendReason().isEmpty(), "the service's answer");
            seen.add(d.sendReason());
            assertFalse(d.sendButton().isEnabled(), "nothing to send: greyed");
            assertFalse(d.sendButton().getSelection());
            assertEquals(d.sendReason(), d.sendButton().getToolTipText());
            assertTrue(d.getButton(IDialogConstants.OK_ID).isEnabled(), "Log itself is not refused");
            shot(d.getShell(), "log-send-greyed.png");
        });
        assertEquals(List.of("Nothing to send: none of the " + lines + " lines has a correspondence type. Set the "
                + "segment's Correspondence Type (Default) and update the lines, or give the contacts or the "
                + "interaction template one."), seen);
    }

    @Test
    void sendAttachmentsCanBeTickedOnTheLetterSegmentAndChecksAgain() {
        List<Boolean> seen = new ArrayList<>();
        logDialog(d -> {
            seen.add(d.sendButton().isEnabled());
            assertEquals("", d.sendReason());
            d.sendButton().setSelection(true);
            d.sendButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            wb.waitUntil(d::checked, "the check with Send");
            List<FindingGroup> groups = d.findings().groups();
            assertTrue(groups.stream().noneMatch(g -> g.cause() == Cause.NOTHING_TO_SEND), groups.toString());
        });
        assertEquals(List.of(true), seen);
    }
}
