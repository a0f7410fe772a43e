package org.segmenta.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of a test over a generated {@link World}: before each test a fresh world of the given size and seed in
 * the test's temporary folder, after it the world's database closed. A test class extends it with a constructor that
 * names the size and the seed; its own {@code @BeforeEach} methods run after the world is stored.
 */
public abstract class WorldFixture {

    /** The test's folder; the world's database lives in it. */
    @TempDir
    protected Path dir;

    /** The world of the running test. */
    protected World w;

    private final int companies;
    private final long seed;

    /**
     * @param companies how many companies the world has (each with 0 to 4 persons)
     * @param seed the random seed: the same seed gives the same world
     */
    protected WorldFixture(int companies, long seed) {
        this.companies = companies;
        this.seed = seed;
    }

    /** Generates and stores the world. */
    @BeforeEach
    protected final void createWorld() {
        w = new World(dir, companies, seed);
    }

    /** Closes the world's database. */
    @AfterEach
    protected final void closeWorld() {
        w.close();
    }
}
