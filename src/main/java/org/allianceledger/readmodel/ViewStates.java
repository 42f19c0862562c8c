package org.allianceledger.readmodel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The state of the views that keep one ({@link ViewState}), in one file beside the read-models
 * snapshot: first the build of the service that wrote it and the position and id of the last event
 * the views held, then each view's state. Written when the service stops; read at a start, on a thread
 * of its own, while the other views fold the snapshot's events. A file another build wrote is not
 * read: its views are folded from the events by the running code.
 */
final class ViewStates {

    private static final Logger log = LoggerFactory.getLogger(ViewStates.class);
    private static final String FORMAT = "view-states/2";
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final List<ViewState> views;
    private final String eventTypes;
    private final ObjectMapper json;
    private String build;

    /**
     * @param file       where the states are kept
     * @param views      the views that keep a state
     * @param eventTypes the event types and revisions the snapshot's events were written with
     * @param json       the mapper of the ledger's serializer, for the events a view holds
     */
    ViewStates(Path file, List<ViewState> views, String eventTypes, ObjectMapper json) {
        this.file = file;
        this.views = views.stream().sorted(Comparator.comparing(view -> view.getClass().getName())).toList();
        this.eventTypes = eventTypes;
        this.json = json;
    }

    List<ViewState> views() {
        return views;
    }

    /** The states do not go with the snapshot's events, or cannot be read: their views are folded from the events. */
    static final class Stale extends RuntimeException {

        Stale(String message) {
            super(message);
        }
    }

    /** Where in the snapshot the event the states cover is: its line's first byte, and how many events come before it. */
    record Place(long offset, long eventsBefore) {
    }

    /**
     * The states being read, as far as the file shows they are this build's: the event they cover,
     * where the snapshot holds it, and their reading.
     */
    record Loading(long position, String eventId, Place place, List<ViewState> views, CompletableFuture<Void> reading) {

        /** Waits until every view holds its state; {@link Stale} where one could not be read. */
        void await() {
            try {
                reading.join();
            } catch (CompletionException e) {
                throw new Stale("they could not be read: " + e.getCause().getMessage());
            }
        }

        /** Waits until the reading has stopped, whatever came of it: a view it would still replace is then left alone. */
        void abandon() {
            reading.exceptionally(failure -> null).join();
        }
    }

    /** Starts reading the states where the file is this build's and holds every view's; null where there are none to read. */
    Loading load() {
        if (views.isEmpty() || !Files.exists(file)) {
            return null;
        }
        InputStream stream = null;
        try {
            stream = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            StateInput in = new StateInput(stream, json);
            if (!build().equals(in.text())) {
                log.info("The view states {} were written by another build of the service: those views are folded from the events", file);
                stream.close();
                return null;
            }
            long position = in.longNumber();
            String eventId = in.text();
            Place place = new Place(in.longNumber(), in.longNumber());
            InputStream reading = stream;
            CompletableFuture<Void> read = CompletableFuture.runAsync(() -> read(in, reading),
                    task -> Thread.ofPlatform().daemon().name("read-models-states").start(task));
            return new Loading(position, eventId, place, views, read);
        } catch (IOException e) {
            log.warn("The view states {} cannot be read ({}): those views are folded from the events", file, e.toString());
            ReadModelSnapshot.closeQuietly(stream);
            return null;
        }
    }

    private void read(StateInput in, InputStream stream) {
        try (stream) {
            for (ViewState view : views) {
                String name = in.text();
                if (!view.getClass().getName().equals(name)) {
                    throw new IOException("the state of " + name + " where " + view.getClass().getName() + "'s was expected");
                }
                view.readState(new StateInput(stream, json)); // each view's shared values its own
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every view's state as covering the event {@code eventId} at {@code position}, at {@code place} in the snapshot, in place of the file. */
    void write(long position, String eventId, Place place) {
        if (views.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(next), BUFFER)) {
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
                StateOutput out = new StateOutput(stream, json);
                out.text(build());
                out.number(position);
                out.text(eventId);
                out.number(place.offset());
                out.number(place.eventsBefore());
                for (ViewState view : views) {
                    out.text(view.getClass().getName());
                    StateOutput state = new StateOutput(stream, json); // each view's shared values its own
                    view.writeState(state);
                    state.flush();
                }
                out.flush();
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("View states written to {} through position {} in {} ms", file, position, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            log.warn("The view states could not be written to {} ({}): a start folds those views from the events", file, e.toString());
            delete();
        }
    }

    /** Removes the file, when the views start again from nothing. */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("The view states {} could not be removed ({})", file, e.toString());
        }
    }

    /**
     * The build of the service, as a digest of its classes and of the event types and revisions: a
     * state another build wrote may hold what this one's code would not have made of the same events.
     */
    private synchronized String build() throws IOException {
        if (build == null) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update((FORMAT + "\n" + eventTypes + "\n").getBytes(StandardCharsets.UTF_8));
                Resource[] classes = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                        .getResources("classpath*:org/allianceledger/**/*.class");
                Arrays.sort(classes, Comparator.comparing(ViewStates::className));
                for (Resource type : classes) {
                    digest.update(className(type).getBytes(StandardCharsets.UTF_8));
                    try (InputStream bytes = type.getInputStream()) {
                        digest.update(bytes.readAllBytes());
                    }
                }
                build = FORMAT + " sha256:" + HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return build;
    }

    /** A class file's name from the package on, wherever the classes are (a folder, the service's jar). */
    private static String className(Resource type) {
        try {
            String url = type.getURL().toString();
            return url.substring(url.lastIndexOf("org/allianceledger/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
