package org.segmenta.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreInfo;

/**
 * The command line opens the store in the background only for the commands that read the instance's database (in the
 * package of the class it tests, as this fragment's host has it).
 */
class StoreWarmUpTest {

    @Test
    void commandsThatReadOpenTheStoreInTheBackground() throws Exception {
        for (List<String> args : List.of(List.of("contacts", "--limit", "1"), List.of("segment", "lines", "SEG00001"),
                List.of("demo"), List.of("shell", "--exit-on-error"))) {
            CountDownLatch opened = new CountDownLatch(1);
            AtomicInteger infos = new AtomicInteger();
            StoreWarmUp.start(services(() -> {
                infos.incrementAndGet();
                opened.countDown();
            }), args);
            assertTrue(opened.await(30, TimeUnit.SECONDS), "no store opened for " + args);
            assertEquals(1, infos.get(), String.valueOf(args));
        }
    }

    @Test
    void helpAndCommandsWithoutTheInstanceDatabaseDoNotOpenIt() {
        for (List<String> args : List.of(List.<String>of(), List.of("--help"), List.of("-h"), List.of("--version"),
                List.of("contacts", "--help"), List.of("segment", "add", "-h"), List.of("help", "segment"),
                List.of("version"), List.of("bench", "--startup"), List.of("preferences"), List.of("update"),
                List.of("licences"), List.of("contcts"))) {
            assertFalse(StoreWarmUp.wanted(args), String.valueOf(args));
        }
        assertTrue(StoreWarmUp.wanted(List.of("import", "contacts.vcf")));
    }

    /** Services whose store runs {@code onInfo} when asked for its info (the component opens its database then). */
    private static Services services(Runnable onInfo) {
        Store store = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] { Store.class },
                (proxy, method, a) -> {
                    if (method.getName().equals("info")) {
                        onInfo.run();
                        return new StoreInfo("test", false, 1, null);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new Services() {
            @Override
            public <T> T get(Class<T> type) {
                return type.cast(store);
            }
        };
    }
}
