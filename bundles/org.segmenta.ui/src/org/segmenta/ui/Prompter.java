package org.segmenta.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks the user yes/no questions and tells them things. The default shows message dialogs; put another one into the
 * application's e4 context (tests answer for the user).
 */
public interface Prompter {

    /** Message dialogs. */
    Prompter DIALOGS = new Prompter() {
        @Override
        public boolean confirm(Shell shell, String title, String message) {
            return MessageDialog.openQuestion(shell, title, message);
        }

        @Override
        public void inform(Shell shell, String title, String message) {
            MessageDialog.openInformation(shell, title, message);
        }

        @Override
        public void error(Shell shell, String title, String message) {
            MessageDialog.openError(shell, title, message);
        }
    };

    /**
     * @param shell the parent shell
     * @param title the title
     * @param message the question
     * @return {@code true} for Yes
     */
    boolean confirm(Shell shell, String title, String message);

    /**
     * @param shell the parent shell
     * @param title the title
     * @param message what to say
     */
    void inform(Shell shell, String title, String message);

    /**
     * @param shell the parent shell
     * @param title the title
     * @param message what went wrong and what to do
     */
    void error(Shell shell, String title, String message);

    /**
     * Asks a question with several answers (Save / Discard / Cancel).
     *
     * @param shell the parent shell
     * @param title the title
     * @param message the question
     * @param answers the buttons' labels, the first one the default
     * @return the index of the answer, or -1 when the dialog was closed without one
     */
    default int choose(Shell shell, String title, String message, String... answers) {
        return new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, 0, answers).open();
    }

    /**
     * @param p a prompter from the context, or null
     * @return it, or {@link #DIALOGS}
     */
    static Prompter or(Prompter p) {
        return p == null ? DIALOGS : p;
    }
}
