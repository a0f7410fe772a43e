package org.segmenta.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under {@code target/screenshots}, as test output to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    /**
     * @param shell the shell to capture, as it is on screen now
     * @param name the file name, for example {@code main-window.png}
     * @return the file written
     * @throws IOException when the folder cannot be made
     */
    public static Path save(Shell shell, String name) throws IOException {
        shell.layout(true, true);
        shell.update();
        while (shell.getDisplay().readAndDispatch()) {
            // let pending paints happen before the capture
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        Path file = dir.resolve(name);
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }
}
