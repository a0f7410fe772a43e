package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.store.StoreException;
import org.segmenta.ui.Launcher;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

import jakarta.inject.Named;

/**
 * Edit Letter... on a segment line (personalise one contact's letter, NAV "Word document for one contact"): merges
 * that contact's letter ({@code InteractionService.mergeLine}) into a file of its own, opens it in the desktop's
 * word processor, and watches the file; each time the user saves it, asks whether to keep it as the line's own
 * letter ({@code InteractionService.personalise}, which refuses a file that is no longer a Word document). Lines
 * with their own letter say so in the Letter column; Revert to Template Letter undoes it.
 */
public final class EditLetterHandler extends LineHandler {

    /** The title of the questions this command asks. */
    public static final String TITLE = Messages.EditLetterHandler_editLetter;

    /**
     * @param shell the active shell
     * @param active the active part
     * @param interactions the interaction service
     * @param sync the UI thread
     * @param prompter who asks the user, if not message dialogs
     * @param launcher what opens the file, if not the desktop
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, InteractionService interactions,
            UISynchronize sync, @Optional Prompter prompter, @Optional Launcher launcher) {
        SegmentEditorPart editor = editor(active);
        SegmentEditorPart.LineRow row = line(active);
        if (editor == null || row == null) {
            return;
        }
        Prompter p = Prompter.or(prompter);
        String seg = editor.segmentNo();
        int lineNo = row.line().getLineNo();
        Path file;
        try {
            byte[] letter = interactions.mergeLine(seg, lineNo);
            Path folder = Files.createTempDirectory("segmenta-letter-");
            String name = NLS.bind(Messages.EditLetterHandler_lineDocx, (row.contactName() == null || row.contactName().isBlank() ? row.line().getContactNo()
                    : row.contactName()).replaceAll("[\\\\/:*?\"<>|]", "_"), seg, lineNo);
            file = folder.resolve(name);
            Files.write(file, letter);
        } catch (IOException | StoreException e) {
            p.error(shell, TITLE, NLS.bind(Messages.EditLetterHandler_theLetterOfCannotBe, who(row), e.getMessage()));
            return;
        }
        if (!Launcher.or(launcher).open(file)) {
            p.error(shell, TITLE, NLS.bind(Messages.EditLetterHandler_noProgramOpensDocxFiles, file));
        }
        editor.say(NLS.bind(Messages.EditLetterHandler_theLetterOfIsOpen, who(row), file));
        new Watch(file, shell, editor, seg, lineNo, who(row), interactions, sync, p).schedule(500);
    }

    /** Watches the letter's file and asks after each save. Ends when the letter is kept, or after 12 hours. */
    private static final class Watch extends Job {
        private static final long HOURS_12 = 12L * 60 * 60 * 1000;
        private final Path file;
        private final Shell shell;
        private final SegmentEditorPart editor;
        private final String seg;
        private final int lineNo;
        private final String who;
        private final InteractionService interactions;
        private final UISynchronize sync;
        private final Prompter prompter;
        private final long until = System.currentTimeMillis() + HOURS_12;
        private volatile FileTime seen;
        private volatile FileTime changed;
        private volatile boolean asking;

        Watch(Path file, Shell shell, SegmentEditorPart editor, String seg, int lineNo, String who,
                InteractionService interactions, UISynchronize sync, Prompter prompter) {
            super(NLS.bind(Messages.EditLetterHandler_watchingTheLetterOf, who));
            this.file = file;
            this.shell = shell;
            this.editor = editor;
            this.seg = seg;
            this.lineNo = lineNo;
            this.who = who;
            this.interactions = interactions;
            this.sync = sync;
            this.prompter = prompter;
            setSystem(true);
            seen = time();
        }

        private FileTime time() {
            try {
                return Files.getLastModifiedTime(file);
            } catch (IOException e) {
                return null; // a word processor may replace the file while saving: look again next time
            }
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            if (monitor.isCanceled() || shell.isDisposed() || System.currentTimeMillis() > until) {
                return Status.CANCEL_STATUS;
            }
            FileTime now = time();
            if (!asking && now != null && !now.equals(seen)) {
                if (now.equals(changed)) {
                    // unchanged for one look since the save: the word processor is done writing
                    seen = now;
                    asking = true;
                    sync.asyncExec(this::ask);
                } else {
                    changed = now;
                }
            }
            schedule(700);
            return Status.OK_STATUS;
        }

        private void ask() {
            try {
                if (shell.isDisposed()) {
                    cancel();
                    return;
                }
                if (!prompter.confirm(shell, TITLE, NLS.bind(Messages.EditLetterHandler_youSavedTheLetterOf, who, who))) {
                    return; // keep watching: a later save asks again
                }
                interactions.personalise(seg, lineNo, file.getFileName().toString(), Files.readAllBytes(file));
                cancel();
                if (!editor.lines().getTable().isDisposed()) {
                    editor.changed(NLS.bind(Messages.EditLetterHandler_theLetterOfIsIts, who, file.getFileName()));
                }
            } catch (IOException | StoreException e) {
                prompter.error(shell, TITLE, NLS.bind(Messages.EditLetterHandler_theLetterOfWasNot, who, e.getMessage()));
            } finally {
                asking = false;
            }
        }
    }
}
